/** The top of the result and of the printed sheet: titles, the date, the sheet's fields, the actions, which form it is. */
import { formatDate } from '../../../i18n/dates.ts';
import type { ResultProps as Props } from './props.ts';

export default function CoachingSheetHeader(props: Props) {
  const { analysis, data, form, formItems, alternate, tr, headingRef, draftAnswered, onRetake } = props;
  const { latest, history } = analysis;
  return (
    <>
      <p class="assess-print-only assess-sheet-title">
        {tr('assess.sheet.title')} · {data.instrument.title}
      </p>
      <h2 id="assess-result-title" tabIndex={-1} ref={headingRef}>
        {tr('assess.result.title')}
      </h2>
      <p class="meta">
        {tr(analysis.latestForm === 'short' ? 'assess.result.date.short' : 'assess.result.date', {
          date: formatDate(latest.at),
          n: history.length,
        })}
      </p>
      <dl class="assess-print-only assess-sheet-fields">
        <div>
          <dt>{tr('assess.sheet.manager')}</dt>
          <dd />
        </div>
        <div>
          <dt>{tr('assess.sheet.coach')}</dt>
          <dd />
        </div>
        <div>
          <dt>{tr('assess.sheet.date')}</dt>
          <dd />
        </div>
      </dl>
      <p class="assess-actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {tr('assess.print')}
        </button>
        <button type="button" class="button secondary" onClick={onRetake}>
          {draftAnswered > 0
            ? tr('assess.resume', { n: draftAnswered, total: formItems })
            : tr(form === 'short' ? 'assess.retake.short' : 'assess.retake')}
        </button>
        {alternate && (
          <a class="button secondary" href={alternate.href}>
            {tr(alternate.kind === 'short' ? 'assess.short.link' : 'assess.full.link', {
              n: alternate.items,
              minutes: alternate.minutes,
            })}
          </a>
        )}
      </p>
      {analysis.latestForm !== form && (
        <p class="callout note assess-other-form">
          {tr(analysis.latestForm === 'short' ? 'assess.result.other.short' : 'assess.result.other.full', {
            date: formatDate(latest.at),
          })}
        </p>
      )}
      {analysis.latestForm === 'short' && <p class="callout note assess-short-note">{tr('assess.short.note')}</p>}
    </>
  );
}
