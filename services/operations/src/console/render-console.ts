import { journeyWorkflowId } from '@harbour/contracts/journey';
import { JourneyQueryDto, JourneyStages } from '../journeys/journey-query.dto';
import { JourneyView } from '../journeys/journey-view';
import { JourneyPage } from '../journeys/journey-views';
import { escape, layout, time } from './console-layout';
import { signInForm, Texts } from '@harbour/service-runtime';

export function renderSignIn(texts: Texts, languages: string[], refused: boolean): string {
  return layout(texts, languages, '/console', texts.signInTitle, signInForm(texts, `/console/session?lang=${texts.language}`, refused), false);
}

const FILTER_FIELDS = ['stage', 'right', 'organisation', 'child', 'overdue', 'dueWithin24h', 'stuck'] as const;

/** The address of this list with the same filters, for the next page and the language switcher. */
function listAddress(query: JourneyQueryDto, extra: Record<string, string> = {}): string {
  const parameters = new URLSearchParams();
  for (const field of FILTER_FIELDS) if (query[field] !== undefined) parameters.set(field, String(query[field]));
  for (const [name, value] of Object.entries(extra)) parameters.set(name, value);
  const search = parameters.toString();
  return search ? `/console?${search}` : '/console';
}

export function renderJourneyList(texts: Texts, languages: string[], country: string, query: JourneyQueryDto, page: JourneyPage): string {
  const t = (key: string) => escape(texts[key]);
  const stageOptions = JourneyStages.map((stage) => `<option value="${stage}"${query.stage === stage ? ' selected' : ''}>${t(`stage-${stage}`)}</option>`).join('');
  const check = (name: 'child' | 'overdue' | 'dueWithin24h' | 'stuck') =>
    `<label class="check"><input type="checkbox" id="${name}" name="${name}" value="true"${query[name] ? ' checked' : ''}> ${t(name)}</label>`;
  const rows = page.journeys
    .map(
      (journey) => `<tr>
<td><a href="/console/journeys/${journey.journeyId}?lang=${texts.language}">${journey.journeyId}</a></td>
<td>${t(`stage-${journey.stage}`)}</td>
<td>${time(journey.nextDeadline) || t('none')}</td>
<td${journey.missedRuleIds.length ? ' class="missed"' : ''}>${journey.missedRuleIds.map(escape).join(', ') || t('none')}</td>
<td>${journey.organisationIds.map(escape).join(', ')}</td>
<td>${time(journey.lastActivityAt)}</td>
</tr>`,
    )
    .join('');
  const next = page.nextCursor
    ? `<p><a rel="next" href="${escape(listAddress(query, { cursor: page.nextCursor, lang: texts.language }))}">${t('nextPage')}</a></p>`
    : '';
  return layout(
    texts,
    languages,
    listAddress(query),
    `${texts.journeysIn} ${country}`,
    `<form class="filters" method="get" action="/console" aria-label="${t('filters')}">
<input type="hidden" name="lang" value="${texts.language}">
<label for="stage">${t('stage')}<select id="stage" name="stage"><option value="">${t('any')}</option>${stageOptions}</select></label>
<label for="right">${t('right')}<input id="right" name="right" value="${escape(query.right ?? '')}"></label>
<label for="organisation">${t('organisation')}<input id="organisation" name="organisation" value="${escape(query.organisation ?? '')}"></label>
${check('child')}${check('overdue')}${check('dueWithin24h')}${check('stuck')}
<button type="submit">${t('apply')}</button>
</form>
${
  rows
    ? `<table><caption>${t('journeys')}</caption><thead><tr><th scope="col">${t('journey')}</th><th scope="col">${t('stage')}</th><th scope="col">${t('nextDeadline')}</th><th scope="col">${t('missedRights')}</th><th scope="col">${t('organisations')}</th><th scope="col">${t('lastActivity')}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${t('noJourneys')}</p>`
}
${next}`,
  );
}

export function renderNotFound(texts: Texts, languages: string[], path: string): string {
  return layout(texts, languages, path, texts.notFound, `<p><a href="/console?lang=${texts.language}">${escape(texts.back)}</a></p>`);
}

export interface WorkflowLink {
  temporalUiUrl: string;
  namespace: string;
}

export function renderJourney(texts: Texts, languages: string[], journey: JourneyView, workflow: WorkflowLink): string {
  const t = (key: string) => escape(texts[key]);
  const workflowUrl = `${workflow.temporalUiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(workflow.namespace)}/workflows/${journeyWorkflowId(journey.journeyId)}`;
  const timeline = journey.timeline
    .map((entry) => {
      const details = [entry.obligationId, entry.referralId && `${entry.referralId} (${entry.organisationId})`, entry.reason, entry.reasonCode, entry.forRole]
        .filter(Boolean)
        .map((detail) => escape(String(detail)));
      const label = entry.outcome ? `outcome-${entry.outcome}` : entry.taskKind && `task-${entry.taskKind}`;
      return `<tr>
<td>${time(entry.at)}</td>
<td><code>${escape(entry.type)}</code>${label ? ` <strong${entry.outcome === 'missed' || entry.outcome === 'breached' ? ' class="missed"' : ''}>${t(label)}</strong>` : ''}</td>
<td>${escape(entry.legalBasis ?? '')}</td>
<td>${escape(entry.rulePack ?? '')}</td>
<td>${time(entry.dueAt)}</td>
<td>${details.join('<br>')}</td>
</tr>`;
    })
    .join('');
  const awaited = journey.awaited
    .map(
      (entry) => `<tr><td>${escape(entry.obligationId)}</td><td>${escape(entry.forRole)}${entry.forOrganisationId ? ` (${escape(entry.forOrganisationId)})` : ''}</td><td>${time(entry.dueAt) || t('none')}</td><td>${t(`task-${entry.kind}`)} ${time(entry.raisedAt)}</td></tr>`,
    )
    .join('');
  const referrals = journey.referrals
    .map(
      (referral) => `<tr><td>${escape(referral.referralId)}</td><td>${escape(referral.organisationId)}</td><td>${escape(referral.state)}</td><td>${time(referral.acceptBy)}</td>
<td><ol>${referral.history.map((step) => `<li>${escape(step.state)} ${time(step.at)}${step.reason ? ` (${escape(step.reason)})` : ''}</li>`).join('')}</ol></td></tr>`,
    )
    .join('');
  return layout(
    texts,
    languages,
    `/console/journeys/${journey.journeyId}`,
    `${texts.journey} ${journey.journeyId}`,
    `<p><a href="/console?lang=${texts.language}">${t('back')}</a></p>
<dl>
<dt>${t('country')}</dt><dd>${escape(journey.country ?? '')}</dd>
<dt>${t('stage')}</dt><dd>${t(`stage-${journey.stage}`)}</dd>
<dt>${t('rulePacks')}</dt><dd>${journey.rulePacks.map(escape).join(', ') || t('none')}</dd>
<dt>${t('missedRights')}</dt><dd>${journey.missedRuleIds.map(escape).join(', ') || t('none')}</dd>
</dl>
<p><a href="${escape(workflowUrl)}" rel="noopener">${t('workflow')}</a></p>
${
  awaited
    ? `<table><caption>${t('awaited')}</caption><thead><tr><th scope="col">${t('obligation')}</th><th scope="col">${t('forRole')}</th><th scope="col">${t('dueAt')}</th><th scope="col">${t('lastTask')}</th></tr></thead><tbody>${awaited}</tbody></table>`
    : `<p>${t('nothingAwaited')}</p>`
}
<table><caption>${t('timeline')}</caption><thead><tr><th scope="col">${t('time')}</th><th scope="col">${t('fact')}</th><th scope="col">${t('legalBasis')}</th><th scope="col">${t('rulePack')}</th><th scope="col">${t('dueAt')}</th><th scope="col">${t('details')}</th></tr></thead><tbody>${timeline}</tbody></table>
<table><caption>${t('referrals')}</caption><thead><tr><th scope="col">${t('referrals')}</th><th scope="col">${t('organisation')}</th><th scope="col">${t('state')}</th><th scope="col">${t('acceptBy')}</th><th scope="col">${t('history')}</th></tr></thead><tbody>${referrals}</tbody></table>`,
  );
}
