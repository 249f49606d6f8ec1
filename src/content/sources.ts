import type { Source } from './types.js';
import { deepFreeze } from './deep-freeze.js';

/** Every rule and piece of advice cites ids from this list. */
const sourceData = <const>[
  {
    id: 'seed-article',
    title: 'Why does my lower back hurt after walking? (the article this product is built on)',
  },
  {
    id: 'nice-ng59',
    title: 'NICE NG59: Low back pain and sciatica in over 16s',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  {
    id: 'nice-cks-back-pain',
    title: 'NICE CKS: Back pain, low (without radiculopathy)',
    url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
  },
  {
    id: 'nice-cks-sciatica',
    title: 'NICE CKS: Sciatica (lumbar radiculopathy)',
    url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/',
  },
  {
    id: 'nice-ng12',
    title: 'NICE NG12: Suspected cancer: recognition and referral',
    url: 'https://www.nice.org.uk/guidance/ng12',
  },
  {
    id: 'girft-ces-2023',
    title: 'GIRFT: National suspected cauda equina syndrome pathway (2023)',
  },
  {
    id: 'ces-card',
    title:
      'Cauda equina syndrome patient warning card (Greenhalgh, Finucane et al., British Association of Spine Surgeons)',
  },
  {
    id: 'acp-qaseem-2017',
    title:
      'Qaseem et al. 2017, American College of Physicians: Noninvasive treatments for low back pain (Ann Intern Med 166:514)',
    url: 'https://doi.org/10.7326/M16-2367',
  },
  {
    id: 'nadeau-2013',
    title:
      'Nadeau et al. 2013: Telling neurogenic from vascular claudication by symptoms (Can J Surg 56:372)',
    url: 'https://doi.org/10.1503/cjs.016512',
  },
  {
    id: 'verhagen-2016',
    title: 'Verhagen et al. 2016: Red flags in low back pain guidelines, a review (Eur Spine J)',
  },
  {
    id: 'ifompt-finucane-2020',
    title:
      'Finucane et al. 2020: International framework for red flags for serious spinal pathology (IFOMPT, JOSPT)',
  },
  {
    id: 'mayo-back-pain',
    title: 'Mayo Clinic: Back pain, when to see a doctor',
    url: 'https://www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906',
  },
  {
    id: 'nhs-111',
    title: 'NHS: When to use 111 (urgent help when your GP surgery is closed)',
    url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
  },
  {
    id: 'nhs-back-exercises',
    title: 'NHS: Exercises for lower back pain (patient leaflet)',
    url: 'https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/',
  },
  {
    id: 'gstt-back-physio',
    title: "Guy's and St Thomas' NHS: Low back pain, physiotherapy and exercises ('hurt does not equal harm')",
    url: 'https://www.guysandstthomas.nhs.uk/health-information/low-back-pain/physiotherapy-and-exercises',
  },
  {
    id: 'mcgill-2016',
    title:
      'McGill 2016: Low Back Disorders, 3rd edition (physiotherapy source for the bird-dog and plank)',
  },
  {
    id: 'csp-girft-ces-2024',
    title:
      'Chartered Society of Physiotherapy 2024: The national suspected cauda equina syndrome pathway (new bilateral leg pain with back pain: refer to an emergency department now)',
    url: 'https://www.csp.org.uk/journal/article/physiotherapy-journal-march-2024/national-suspected-cauda-equina-syndrome-pathway',
  },
  {
    id: 'sbns-bass-ces-2018',
    title:
      'Society of British Neurological Surgeons and British Association of Spine Surgeons 2018: Standards of care for investigation and management of cauda equina syndrome (warning signs include bilateral radicular leg pain)',
  },
  {
    id: 'nice-cg147',
    title: 'NICE CG147: Peripheral arterial disease: diagnosis and management (supervised exercise for intermittent claudication)',
    url: 'https://www.nice.org.uk/guidance/cg147',
  },
  {
    id: 'nice-cks-osteoporosis',
    title: 'NICE CKS: Osteoporosis, prevention of fragility fractures (a fall from standing height or less can break weak bones)',
    url: 'https://cks.nice.org.uk/topics/osteoporosis-prevention-of-fragility-fractures/',
  },
  {
    id: 'us-state-911-abroad',
    title: 'U.S. Department of State: 911 Abroad, the emergency numbers of each country',
    url: 'https://travel.state.gov/content/dam/students-abroad/pdfs/911_ABROAD.pdf',
  },
  {
    id: 'eu-112',
    title: 'European Commission: 112, the single European emergency number',
    url: 'https://digital-strategy.ec.europa.eu/en/policies/112',
  },
] satisfies readonly Source[];

/** Typed with plain string ids for consumers; the literal ids live in `typeof sourceData`. */
export const sources: readonly Source[] = /* @__PURE__ */ deepFreeze(sourceData);
export type { sourceData };
