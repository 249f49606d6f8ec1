import type { ContentStrings } from '../types.js';
import { emergencyNow, seeDoctorToday } from './en-phrases.js';

/** What the warning signs and urgency levels say: the text `<red-flag-banner>` shows. */
export const enUrgency: ContentStrings['urgency'] = {
  emergency: {
    headline: 'Get emergency help now',
    whatToDo: `${emergencyNow} Do not wait to see if it gets better.`,
    howSoon: 'Now',
  },
  urgent: {
    headline: 'See a doctor today',
    whatToDo: 'Contact a doctor today. If you cannot get an appointment, use an urgent care service.',
    howSoon: 'Today, or within 24 hours',
  },
  routine: {
    headline: 'Book an appointment',
    whatToDo: 'Book an appointment with a doctor or physiotherapist. Until then, the self-care below may help.',
    howSoon: 'Within 1 or 2 weeks',
  },
  'self-care': {
    headline: 'You can look after this at home',
    whatToDo: 'Try the self-care and exercises below. Most back pain gets better within a few weeks or months.',
    howSoon: 'Start today. Get help if things change.',
  },
};

export const enRedFlags: ContentStrings['redFlags'] = {
  'bladder-bowel-change': {
    sign: 'New problems with your bladder or bowels. For example, trouble peeing, not feeling a full bladder, or leaking.',
    advice: `The nerves at the base of the spine may be pressed. This is called cauda equina syndrome. ${emergencyNow}`,
  },
  'bladder-bowel-unsure': {
    sign: 'You are not sure about changes in your bladder or bowels.',
    advice: `See a doctor today so they can check. If you get any new bladder or bowel problem, do not wait. ${emergencyNow}`,
  },
  'saddle-numbness': {
    sign: 'New numbness or tingling between your legs or around your bottom.',
    advice: `The nerves at the base of the spine may be pressed. ${emergencyNow}`,
  },
  'saddle-numbness-unsure': {
    sign: 'You are not sure about numbness between your legs or around your bottom.',
    advice: `See a doctor today so they can check. If you notice numbness there, or it spreads, do not wait. ${emergencyNow}`,
  },
  'new-both-legs': {
    sign: 'Weakness, numbness or tingling in both legs that started in the last 2 weeks or is getting worse.',
    advice: `The nerves at the base of the spine may be pressed. ${emergencyNow}`,
  },
  'both-legs-weeks': {
    sign: 'Weakness, numbness or tingling in both legs for more than 2 weeks.',
    advice: `The nerves at the base of the spine may be pressed. ${seeDoctorToday} If it gets worse, do not wait. ${emergencyNow}`,
  },
  'both-legs-pain': {
    sign: 'Sharp or shooting pain that started in both legs in the last 2 weeks.',
    advice: `The nerves at the base of the spine may be pressed. ${emergencyNow}`,
  },
  'both-legs-pain-unsure': {
    sign: 'You are not sure whether new pain has started in both legs.',
    advice: `See a doctor today so they can check. If sharp pain starts in both legs, do not wait. ${emergencyNow}`,
  },
  'new-leg-nerve-symptoms': {
    sign: 'New or worse weakness, numbness or tingling in a leg.',
    advice: `A nerve may be pressed. ${seeDoctorToday}`,
  },
  'leg-nerve-symptoms-unsure': {
    sign: 'You are not sure about weakness, numbness or tingling in your legs.',
    advice: `See a doctor today so they can check your legs. If both legs get weak or numb, do not wait. ${emergencyNow}`,
  },
  'foot-drop': {
    sign: 'A foot that slaps down or catches on the ground when you walk. This is called foot drop.',
    advice: `A nerve may be pressed. ${seeDoctorToday}`,
  },
  'foot-drop-unsure': {
    sign: 'You are not sure whether a foot slaps down or catches when you walk.',
    advice: `Book an appointment so a doctor can check the nerves to your legs. If a foot or leg gets weak, see a doctor today.`,
  },
  fever: {
    sign: 'A fever or chills, or feeling unwell, with back pain.',
    advice: `Rarely, this can be an infection. ${seeDoctorToday}`,
  },
  'fever-unsure': {
    sign: 'You are not sure whether you have a fever or feel unwell.',
    advice: 'Book an appointment so a doctor can check for an infection. If you get a fever or chills, see a doctor today.',
  },
  'infection-risk': {
    sign: 'Injecting drugs now. Or a weak immune system, or a recent infection or back operation.',
    advice: `These make an infection in the spine more likely. ${seeDoctorToday}`,
  },
  'infection-risk-unsure': {
    sign: 'You are not sure whether something makes an infection more likely for you.',
    advice: 'Book an appointment and tell the doctor what you are not sure about, so they can check for an infection.',
  },
  'past-drug-injection': {
    sign: 'Injecting drugs in the past.',
    advice: 'Book an appointment with your doctor. If you have other warning signs too, see a doctor today.',
  },
  'past-drug-injection-unsure': {
    sign: 'You are not sure about injecting drugs in the past.',
    advice: 'Book an appointment and tell the doctor what you are not sure about, so they can check for an infection.',
  },
  'cancer-history': {
    sign: 'Having had cancer in the past.',
    advice: `A doctor should check new back pain after cancer. ${seeDoctorToday}`,
  },
  'cancer-history-unsure': {
    sign: 'You are not sure whether you have had cancer.',
    advice: 'Book an appointment so a doctor can look at your past health and check your back.',
  },
  'weight-loss': {
    sign: 'Losing weight without trying.',
    advice: 'Book an appointment with your doctor. If you have other warning signs too, see a doctor today.',
  },
  'weight-loss-over-60': {
    sign: 'Losing weight without trying, at 60 or over.',
    advice: `At 60 or over, back pain with weight loss needs a check soon. ${seeDoctorToday}`,
  },
  'weight-loss-unsure': {
    sign: 'You are not sure whether you have lost weight without trying.',
    advice: 'Book an appointment. A doctor can weigh you and check for a cause.',
  },
  'night-pain': {
    sign: 'Pain at night or at rest that does not ease.',
    advice: "Book a doctor's appointment. If you have other warning signs too, see a doctor today.",
  },
  'night-pain-unsure': {
    sign: 'You are not sure whether your pain eases at night or at rest.',
    advice: 'Book an appointment so a doctor can check why the pain does not settle.',
  },
  'age-under-20': {
    sign: 'You are under 20 and your back pain is new. You also have another warning sign.',
    advice: 'Age alone is not a warning sign. Together with another sign, see a doctor today.',
  },
  'age-over-50': {
    sign: 'You are 50 or over and your back pain is new. You also have another warning sign.',
    advice: 'Age alone is not a warning sign. Together with another sign, see a doctor today.',
  },
  'major-trauma': {
    sign: 'A bad accident, like a car crash or a fall from a height.',
    advice: `A bone in the spine may be broken. ${emergencyNow}`,
  },
  'significant-fall': {
    sign: 'A hard fall.',
    advice: `A bone in the spine may be hurt. ${seeDoctorToday}`,
  },
  'minor-injury-weak-bones': {
    sign: 'A small knock or strain when you have weak bones or take steroid tablets.',
    advice: `Weak bones can break after a small knock. ${seeDoctorToday}`,
  },
  'minor-injury-bone-risk-unsure': {
    sign: 'A small knock or strain, and you are not sure whether your bones are weak.',
    advice: 'Book an appointment so a doctor can check for a broken bone. If the pain is bad or gets worse, see a doctor today.',
  },
  'pain-not-easing': {
    sign: 'Pain that does not ease with rest or home care, or gets worse over time.',
    advice: 'Book an appointment with a doctor or physiotherapist. If you have other warning signs too, see a doctor today.',
  },
  'pain-persisting': {
    sign: 'Pain that started more than 6 weeks ago and is not getting better.',
    advice: 'Book an appointment with a doctor or physiotherapist. If you have other warning signs too, see a doctor today.',
  },
};
