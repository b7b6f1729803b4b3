import { MonitoringReportView } from '../monitoring/monitoring-report';
import { Cell, CountedOutcomes } from '../monitoring/monitoring-table';
import { escape, layout } from './console-layout';
import { Texts } from './console-texts';

/**
 * The monitoring table: per right and month the outcomes counted, the share met drawn as a meter
 * (native HTML, no script or inline style), suppressed cells marked, and the exports.
 */
export function renderMonitoring(texts: Texts, languages: string[], report: MonitoringReportView): string {
  const t = (key: string) => escape(texts[key]);
  const cell = (value: Cell) => (value === null ? `<td class="suppressed"><abbr title="${t('suppressedCell')}">–</abbr></td>` : `<td>${value}</td>`);
  const period = new URLSearchParams({ from: report.from, to: report.to });
  const rows = report.rows
    .map((row) => {
      const met = row.outcomes.met;
      const share =
        met !== null && row.closed !== null && row.closed > 0
          ? `<meter min="0" max="1" low="0.8" optimum="1" value="${(met / row.closed).toFixed(3)}">${Math.round((met / row.closed) * 100)} %</meter> ${Math.round((met / row.closed) * 100)} %`
          : `<abbr title="${t('suppressedCell')}">–</abbr>`;
      return `<tr><th scope="row"><code>${escape(row.ruleId)}</code></th><td>${escape(row.month)}</td>${cell(row.closed)}${CountedOutcomes.map((outcome) => cell(row.outcomes[outcome])).join('')}<td>${share}</td><td>${row.medianHoursToMeet ?? '–'}</td></tr>`;
    })
    .join('');
  const path = `/console/monitoring?${period}`;
  return layout(
    texts,
    languages,
    path,
    `${texts.monitoring} ${report.country}`,
    `<p>${escape(texts.monitoringIntro.replace('{threshold}', String(report.suppressionThreshold)))}</p>
<form class="filters" method="get" action="/console/monitoring" aria-label="${t('filters')}">
<input type="hidden" name="lang" value="${texts.language}">
<label for="from">${t('monthFrom')}<input id="from" name="from" value="${escape(report.from)}" pattern="\\d{4}-\\d{2}"></label>
<label for="to">${t('monthTo')}<input id="to" name="to" value="${escape(report.to)}" pattern="\\d{4}-\\d{2}"></label>
<button type="submit">${t('apply')}</button>
</form>
<p><a href="/console/monitoring/export?${period}&amp;format=csv" download>${t('exportCsv')}</a> · <a href="/console/monitoring/export?${period}&amp;format=json" download>${t('exportJson')}</a></p>
${
  rows
    ? `<table><caption>${t('monitoring')}</caption><thead><tr><th scope="col">${t('right')}</th><th scope="col">${t('month')}</th><th scope="col">${t('closed')}</th>${CountedOutcomes.map((outcome) => `<th scope="col">${t(`outcome-${outcome}`)}</th>`).join('')}<th scope="col">${t('metShare')}</th><th scope="col">${t('medianHoursToMeet')}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${t('noOutcomes')}</p>`
}`,
  );
}
