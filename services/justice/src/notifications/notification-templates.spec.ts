import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ProceedingMilestones } from '@harbour/contracts';
import { NotificationTemplates, notificationTemplatesFolder } from './notification-templates';

describe(NotificationTemplates.name, () => {
  const templates = NotificationTemplates.load();
  const trial = { scheduledFor: new Date('2026-09-14T08:30:00.000Z'), place: 'Tribunal de première instance de Liège', timeZone: 'Europe/Brussels' };

  it('has a complete text for every milestone in English, French, Dutch and German', () => {
    expect(templates.languages).toEqual(expect.arrayContaining(['de', 'en', 'fr', 'nl']));
    for (const language of templates.languages) {
      const texts = new Set(ProceedingMilestones.map((milestone) => templates.compose(language, { milestone, trial }).text));
      expect(texts.size).toBe(ProceedingMilestones.length);
    }
  });

  it('writes the trial date in the language and the local time of the court, with the place', () => {
    const { subject, text } = templates.compose('fr', { milestone: 'trial-scheduled', trial });
    expect(subject).toBe('Nouvelles de la procédure pénale dans votre affaire');
    expect(text).toContain('Le procès aura lieu le lundi 14 septembre 2026 à 10:30 (Europe/Brussels)');
    expect(text).toContain('Tribunal de première instance de Liège');
    expect(text.startsWith('Bonjour,')).toBe(true);
  });

  it('refuses to start with a language file that misses a milestone, naming the file and the gap', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'harbour-templates-'));
    const english = JSON.parse(readFileSync(path.join(notificationTemplatesFolder(), 'en.json'), 'utf8'));
    delete english.milestones['offender-escaped'];
    writeFileSync(path.join(folder, 'es.json'), JSON.stringify(english));
    expect(() => NotificationTemplates.load(folder)).toThrow(/notification template es\.json is incomplete: .*offender-escaped/);
  });
});
