import { ReferralDeclineReasons } from '@harbour/contracts';
import { escapeHtml as escape, pageDocument, signInForm, Texts, timeHtml as time } from '@harbour/service-runtime';
import { Page } from '../paging/page';
import { ReferralTransitions } from '../referrals/referral-status';
import { TaskView } from '../tasks/task.view';
import { toReceivedReferralView } from '../returns/return-views';

type ReceivedReferral = ReturnType<typeof toReceivedReferralView>;

/** The workbench's note after an answer: done, or refused with the reason the referral gave. */
export type WorkbenchNotice = { kind: 'done'; message: string } | { kind: 'refused'; message: string };

/** The steps a case worker takes from each status, as the referral's own table allows them. */
const STEPS: Record<string, readonly ('accept' | 'decline' | 'start' | 'complete')[]> = Object.fromEntries(
  Object.entries(ReferralTransitions).map(([status, actions]) => [status, (['accept', 'decline', 'start', 'complete'] as const).filter((action) => action in actions)]),
);

function page(texts: Texts, languages: string[], heading: string, body: string): string {
  return pageDocument({ texts, languages, path: '/workbench', heading, stylesheet: '/workbench/assets/workbench.css', body });
}

export function renderWorkbenchSignIn(texts: Texts, languages: string[], refused: boolean): string {
  return page(texts, languages, texts.signInTitle, signInForm(texts, `/workbench/session?lang=${texts.language}`, refused));
}

/**
 * The organisation's inbox: each referral with what it needs to decide (specialism, the victim's
 * language, the accept-by time) and the answers its status allows, each a plain form; then the
 * referrals from abroad addressed to it.
 */
export function renderWorkbench(
  texts: Texts,
  languages: string[],
  organisationId: string,
  tasks: Page<TaskView>,
  received: Page<ReceivedReferral>,
  notice?: WorkbenchNotice,
): string {
  const t = (key: string) => escape(texts[key]);
  const reasons = ReferralDeclineReasons.map((reason) => `<option value="${reason}">${t(`decline-${reason}`)}</option>`).join('');
  const answer = (task: TaskView, action: 'accept' | 'decline' | 'start' | 'complete') => {
    const label = escape(`${texts[`action-${action}`]} ${task.referralId}`);
    const target = `/workbench/tasks/${task.referralId}/${action}?lang=${texts.language}`;
    if (action !== 'decline') return `<form method="post" action="${target}"><button type="submit" aria-label="${label}">${t(`action-${action}`)}</button></form>`;
    return `<form method="post" action="${target}">
<label for="reason-${task.referralId}">${t('declineReason')}</label>
<select id="reason-${task.referralId}" name="reason" required><option value="">${t('chooseReason')}</option>${reasons}</select>
<button type="submit" aria-label="${label}">${t('action-decline')}</button>
</form>`;
  };
  const rows = tasks.items
    .map(
      (task) => `<tr>
<td><code>${escape(task.referralId)}</code><br><small>${t('journey')} ${escape(task.journeyId)}</small></td>
<td>${t(`status-${task.status}`)}</td>
<td>${escape(task.specialism)}</td>
<td lang="${escape(task.language)}">${escape(task.language)}</td>
<td>${time(task.offeredAt)}</td>
<td>${task.status === 'offered' ? time(task.acceptBy) : ''}</td>
<td>${(STEPS[task.status] ?? []).map((action) => answer(task, action)).join('')}</td>
</tr>`,
    )
    .join('');
  const abroad = received.items
    .map((referral) => `<tr><td><code>${escape(referral.crossBorderReferralId)}</code></td><td>${escape(referral.toCountry)}</td><td>${escape(referral.departureDate.slice(0, 10))}</td><td lang="${escape(referral.summary.language)}"><dl>${referral.summary.fields.map((field) => `<dt>${escape(field.label)}</dt><dd>${escape(field.value)}</dd>`).join('')}</dl></td><td>${time(referral.createdAt)}</td></tr>`)
    .join('');
  const message = notice ? `<p role="${notice.kind === 'done' ? 'status' : 'alert'}">${escape(notice.message)}</p>` : '';
  return page(
    texts,
    languages,
    `${texts.tasksOf} ${organisationId}`,
    `${message}
${
  rows
    ? `<table><caption>${t('tasks')}</caption><thead><tr><th scope="col">${t('referral')}</th><th scope="col">${t('status')}</th><th scope="col">${t('specialism')}</th><th scope="col">${t('victimLanguage')}</th><th scope="col">${t('offeredAt')}</th><th scope="col">${t('acceptBy')}</th><th scope="col">${t('answer')}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${t('noTasks')}</p>`
}
<h2>${t('fromAbroad')}</h2>
${
  abroad
    ? `<table><caption>${t('fromAbroad')}</caption><thead><tr><th scope="col">${t('referral')}</th><th scope="col">${t('returnsTo')}</th><th scope="col">${t('departure')}</th><th scope="col">${t('summary')}</th><th scope="col">${t('receivedAt')}</th></tr></thead><tbody>${abroad}</tbody></table>`
    : `<p>${t('noneFromAbroad')}</p>`
}`,
  );
}
