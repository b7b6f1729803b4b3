import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ProceedingMilestone } from '@harbour/contracts';
import { validateInput } from '../facts/validate-input';

class MilestoneTexts implements Record<ProceedingMilestone, string> {
  @IsString() @Length(1, 1000) 'case-opened': string;
  @IsString() @Length(1, 1000) 'decision-not-to-prosecute': string;
  @IsString() @Length(1, 1000) 'charges-brought': string;
  @IsString() @Length(1, 1000) 'trial-scheduled': string;
  @IsString() @Length(1, 1000) 'final-judgement': string;
  @IsString() @Length(1, 1000) 'offender-released': string;
  @IsString() @Length(1, 1000) 'offender-escaped': string;
}

/** One language's texts: a data file `<language>.json`, checked when the service starts. */
export class NotificationTemplate {
  @IsString() @Length(1, 200) subject: string;
  @IsString() @Length(1, 200) greeting: string;
  @IsObject() @ValidateNested() @Type(() => MilestoneTexts) milestones: MilestoneTexts;
  @IsString() @Length(1, 1000) closing: string;
  @IsString() @Length(1, 200) signature: string;
}

const TEMPLATES_IN_REPO = path.join('services', 'justice', 'notification-templates');

/** Where the texts live, found from sources and dist/ alike; adding a language is adding a file there. */
export function notificationTemplatesFolder(): string {
  for (let folder = __dirname; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, TEMPLATES_IN_REPO);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) throw new Error(`no ${TEMPLATES_IN_REPO} above ${__dirname}`);
  }
}

export interface NotificationText {
  subject: string;
  text: string;
}

/** What a milestone's text may quote; only the victim ever reads it. */
export interface MilestoneDetails {
  milestone: ProceedingMilestone;
  trial?: { scheduledFor: Date; place: string; timeZone: string };
}

export class NotificationTemplates {
  private constructor(private readonly byLanguage: ReadonlyMap<string, NotificationTemplate>) {}

  /** Reads every `<language>.json` of the folder; a file that is incomplete stops the service with its name and reasons. */
  static load(folder = notificationTemplatesFolder()): NotificationTemplates {
    const templates = new Map<string, NotificationTemplate>();
    for (const file of readdirSync(folder).filter((name) => /^[a-z]{2}\.json$/.test(name))) {
      const read = validateInput(NotificationTemplate, JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
      if (!read.ok) throw new Error(`notification template ${file} is incomplete: ${read.reason}`);
      templates.set(file.slice(0, 2), read.value);
    }
    return new NotificationTemplates(templates);
  }

  get languages(): string[] {
    return [...this.byLanguage.keys()].sort();
  }

  has(language: string): boolean {
    return this.byLanguage.has(language);
  }

  /** The message in the victim's language; dates in that language's form and the court's time zone. */
  compose(language: string, details: MilestoneDetails): NotificationText {
    const template = this.byLanguage.get(language);
    if (!template) throw new Error(`no notification texts in language ${language}`);
    const body = template.milestones[details.milestone]
      .replace('{date}', details.trial ? formatDate(details.trial.scheduledFor, language, details.trial.timeZone) : '')
      .replace('{place}', details.trial?.place ?? '');
    return { subject: template.subject, text: [template.greeting, body, template.closing, template.signature].join('\n\n') };
  }
}

function formatDate(date: Date, language: string, timeZone: string): string {
  const local = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(date);
  return `${local} (${timeZone})`;
}
