/** Phrases several sections of the English text repeat. */
export const emergencyNow = 'Call your emergency number or go to an emergency department now.';
export const seeDoctorToday = 'See a doctor today or within 24 hours.';
