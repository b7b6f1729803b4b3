import { DeadLetterActionReasons, DeadLetterSummary } from '../dead-letters/dead-letter';
import { DeadLetterQueryDto, OriginTopics } from '../dead-letters/dead-letter.dto';
import { escape, layout, time } from './console-layout';
import { Texts } from './console-texts';

/** What the page says after an action: done, or refused because someone acted first. */
export type DeadLetterNotice = { kind: 'done'; action: 'replayed' | 'discarded'; deadLetterId: string } | { kind: 'refused'; message: string };

/** The filters of the list as a query string, with `extra` (the language, a cursor). */
function listSearch(query: Pick<DeadLetterQueryDto, 'topic' | 'state'>, extra: Record<string, string> = {}): string {
  const parameters = new URLSearchParams();
  if (query.topic) parameters.set('topic', query.topic);
  if (query.state) parameters.set('state', query.state);
  for (const [name, value] of Object.entries(extra)) parameters.set(name, value);
  return parameters.toString();
}

/**
 * Parked records per topic with their reason; each still parked one carries a form to replay or
 * discard it, with a reason chosen from the codes (nothing typed by hand).
 */
export function renderDeadLetters(
  texts: Texts,
  languages: string[],
  query: DeadLetterQueryDto,
  page: { deadLetters: DeadLetterSummary[]; nextCursor?: string },
  notice?: DeadLetterNotice,
): string {
  const t = (key: string) => escape(texts[key]);
  // Actions come back to the same filters, in the same language.
  const back = escape(listSearch(query, { lang: texts.language }));
  const option = (value: string, label: string, selected: boolean) => `<option value="${escape(value)}"${selected ? ' selected' : ''}>${escape(label)}</option>`;
  const topics = OriginTopics.map((topic) => option(topic, topic, query.topic === topic)).join('');
  const states = (['parked', 'replayed', 'discarded'] as const).map((state) => option(state, texts[`dlq-state-${state}`], (query.state ?? 'parked') === state)).join('');
  const reasons = DeadLetterActionReasons.map((reason) => option(reason, texts[`dlq-reason-${reason}`], false)).join('');
  const rows = page.deadLetters
    .map((entry, index) => {
      const journey = entry.journeyId ? `<a href="/console/journeys/${entry.journeyId}?lang=${texts.language}">${entry.journeyId}</a>` : t('none');
      const history = entry.actions.map((action) => `<li>${t(`dlq-state-${action.action}`)} ${time(action.at)} · ${t(`dlq-reason-${action.reason}`)} · ${escape(action.by)}</li>`).join('');
      const form =
        entry.state === 'parked'
          ? `<form method="post" action="/console/dead-letters/${escape(entry.deadLetterId)}/replay?${back}">
<label for="reason-${index}">${t('dlq-action-reason')}</label>
<select id="reason-${index}" name="reason" required><option value="">${t('dlq-choose-reason')}</option>${reasons}</select>
<button type="submit" aria-label="${escape(`${texts['dlq-replay']} ${entry.deadLetterId}`)}">${t('dlq-replay')}</button>
<button type="submit" formaction="/console/dead-letters/${escape(entry.deadLetterId)}/discard?${back}" aria-label="${escape(`${texts['dlq-discard']} ${entry.deadLetterId}`)}">${t('dlq-discard')}</button>
</form>`
          : `<ol>${history}</ol>`;
      return `<tr>
<td>${time(entry.parkedAt)}</td>
<td><code>${escape(entry.deadLetterId)}</code><br><code>${escape(entry.eventType ?? '')}</code><br>${escape(entry.eventId ?? '')}</td>
<td>${journey}</td>
<td>${escape(entry.reason)}</td>
<td>${t(`dlq-state-${entry.state}`)}</td>
<td>${form}</td>
</tr>`;
    })
    .join('');
  const message =
    notice?.kind === 'done'
      ? `<p role="status">${escape(`${texts[`dlq-state-${notice.action}`]}: ${notice.deadLetterId}`)}</p>`
      : notice?.kind === 'refused'
        ? `<p role="alert">${escape(notice.message)}</p>`
        : '';
  const next = page.nextCursor ? `<p><a rel="next" href="/console/dead-letters?${escape(listSearch(query, { lang: texts.language, cursor: page.nextCursor }))}">${t('nextPage')}</a></p>` : '';
  const filters = listSearch(query);
  return layout(
    texts,
    languages,
    filters ? `/console/dead-letters?${filters}` : '/console/dead-letters',
    texts.deadLetters,
    `${message}
<form class="filters" method="get" action="/console/dead-letters" aria-label="${t('filters')}">
<input type="hidden" name="lang" value="${texts.language}">
<label for="topic">${t('dlq-topic')}<select id="topic" name="topic"><option value="">${t('any')}</option>${topics}</select></label>
<label for="state">${t('state')}<select id="state" name="state">${states}</select></label>
<button type="submit">${t('apply')}</button>
</form>
${
  rows
    ? `<table><caption>${t('deadLetters')}</caption><thead><tr><th scope="col">${t('dlq-parked-at')}</th><th scope="col">${t('dlq-record')}</th><th scope="col">${t('journey')}</th><th scope="col">${t('dlq-reason')}</th><th scope="col">${t('state')}</th><th scope="col">${t('dlq-actions')}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${t('dlq-none')}</p>`
}
${next}`,
  );
}
