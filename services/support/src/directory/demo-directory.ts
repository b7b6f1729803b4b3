import { DirectoryEntry, OpeningHours } from './organisation';

const officeHours: OpeningHours[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }];
const roundTheClock: OpeningHours[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '00:00', closes: '24:00' }];

/**
 * A small fictional directory for demonstrations and tests: two countries, specialists for
 * each form of exploitation, and a 116 006 helpline in each country as the last resort.
 */
export const DemoDirectory: readonly DirectoryEntry[] = [
  { id: 'be-harbourline-antwerp', name: 'Harbourline Antwerp (demo)', country: 'BE', region: 'Flanders', languages: ['nl', 'en', 'ro', 'bg'], specialisms: ['labour-exploitation', 'sexual-exploitation'], capacity: 4, acceptsChildren: false, helpline116006: false, openingHours: officeHours },
  { id: 'be-lighthouse-brussels', name: 'Lighthouse Brussels (demo)', country: 'BE', region: 'Brussels', languages: ['fr', 'nl', 'en', 'es'], specialisms: ['labour-exploitation', 'forced-criminality'], capacity: 2, acceptsChildren: false, helpline116006: false, openingHours: officeHours },
  { id: 'be-safe-passage-liege', name: 'Safe Passage Liège (demo)', country: 'BE', region: 'Wallonia', languages: ['fr', 'en', 'ar'], specialisms: ['sexual-exploitation', 'children'], capacity: 3, acceptsChildren: true, helpline116006: false, openingHours: officeHours },
  { id: 'be-116006-helpline', name: '116 006 Victim Helpline Belgium (demo)', country: 'BE', region: 'national', languages: ['nl', 'fr', 'de', 'en'], specialisms: ['general-victim-support'], capacity: 50, acceptsChildren: true, helpline116006: true, openingHours: roundTheClock },
  { id: 'nl-anchor-rotterdam', name: 'Anchor Rotterdam (demo)', country: 'NL', region: 'Zuid-Holland', languages: ['nl', 'en', 'pl'], specialisms: ['labour-exploitation', 'organised-crime-violence'], capacity: 5, acceptsChildren: false, helpline116006: false, openingHours: officeHours },
  { id: 'nl-beacon-amsterdam', name: 'Beacon Amsterdam (demo)', country: 'NL', region: 'Noord-Holland', languages: ['nl', 'en', 'es', 'pt'], specialisms: ['sexual-exploitation', 'children'], capacity: 3, acceptsChildren: true, helpline116006: false, openingHours: officeHours },
  { id: 'nl-116006-helpline', name: '116 006 Victim Helpline Netherlands (demo)', country: 'NL', region: 'national', languages: ['nl', 'en'], specialisms: ['general-victim-support'], capacity: 50, acceptsChildren: true, helpline116006: true, openingHours: roundTheClock },
];
