/** 市場資訊報告: from the phenomenon, through the course's questions, to the five-part report; copy and print. */
import { useState } from 'preact/hooks';
import { translator } from '../../i18n/format.ts';
import { copyText, printPage } from '../browser/files.ts';
import { hasText } from '../model/form-input.ts';
import { REPORT_PARTS } from '../model/report.ts';
import {
  guideReport,
  placeAnswer,
  REPORT_GUIDES,
  reportSummary,
  reportText,
  type ReportFields,
  type ReportKind,
} from '../model/report-guide.ts';
import { Problems, SaveBar, Section, TextBox } from './fields.tsx';
import { EditorForm, EditorRecords } from './SavedList.tsx';
import { useEditor, useRecordAccess } from './use-editor.ts';

const KINDS: ReportKind[] = ['shortage', 'counterfeit', 'other'];
const blank = (): ReportFields => ({ topic: 'shortage', answers: {} });

interface Props {
  strings: Record<string, string>;
  /** The lesson teaching each kind, by kind. */
  lessonHrefs: Record<ReportKind, string>;
}

/** The island of /tools/report/. */
export default function ReportTool({ strings, lessonHrefs }: Props) {
  const t = translator(strings);
  const access = useRecordAccess('reports');
  const editor = useEditor('report', access, blank, (f) =>
    [f.observation, f.subject, ...REPORT_PARTS.map((p) => f[p.id])].some(hasText)
      ? []
      : [{ field: 'observation', message: t('infoReport.error.empty') }],
  );
  const [copy, setCopy] = useState<{
    state: 'copied' | 'manual' | 'refused';
    text: string;
    problems?: { field: string; message: string }[];
  }>();
  const f = editor.fields;
  const guide = REPORT_GUIDES[f.topic] ?? REPORT_GUIDES.other;
  const set = <K extends keyof ReportFields>(key: K, value: ReportFields[K]) => {
    setCopy(undefined);
    editor.change((old) => ({ ...old, [key]: value }));
  };
  const setAnswer = (id: string, value: string) => {
    setCopy(undefined);
    editor.change((old) => ({ ...old, answers: { ...(old.answers ?? {}), [id]: value } }));
  };
  const guidance = guideReport(f);
  const partLabel = Object.fromEntries(REPORT_PARTS.map((p) => [p.id, p.label]));

  const doCopy = async () => {
    const r = reportText(f);
    if (!r.ok) {
      setCopy({ state: 'refused', text: '', problems: r.problems });
      return;
    }
    setCopy({ state: (await copyText(r.text)) ? 'copied' : 'manual', text: r.text });
  };
  const rendered = reportText(f);

  return (
    <div class="record-tool report-tool">
      <div class="tool-screen">
        <EditorRecords
          editor={editor}
          records={access.records}
          summary={reportSummary}
          heading={t('infoReport.saved')}
          newLabel={t('infoReport.new')}
          t={t}
        />
        <EditorForm
          editor={editor}
          headingId="report-form-heading"
          heading={editor.saved ? t('infoReport.form.edit') : t('infoReport.form.new')}
        >
          <Section legend={t('infoReport.step1')}>
            <fieldset class="inline-choices">
              <legend>{t('infoReport.kind')}</legend>
              {KINDS.map((k) => (
                <label key={k}>
                  <input
                    type="radio"
                    name="report-kind"
                    value={k}
                    checked={f.topic === k}
                    onChange={() => set('topic', k)}
                  />{' '}
                  {REPORT_GUIDES[k].label}
                </label>
              ))}
            </fieldset>
            <TextBox
              label={t('infoReport.date')}
              type="date"
              value={f.date}
              onChange={(v) => set('date', v || undefined)}
            />
            <TextBox
              label={t('infoReport.observation')}
              value={f.observation}
              onChange={(v) => set('observation', v)}
              hint={t('infoReport.observation.hint')}
              multiline
              rows={2}
            />
          </Section>

          <Section legend={t('infoReport.step2', { kind: guide.label, n: guide.questions.length })}>
            <p class="field-hint">
              {t('infoReport.step2.hint')} <a href={lessonHrefs[f.topic]}>{t(`infoReport.lesson.${f.topic}`)}</a>
            </p>
            {guide.questions.map((q, i) => (
              <div class="row-card" key={`${f.topic}-${q.id}`}>
                <TextBox
                  label={`${i + 1}. ${q.text}`}
                  maxLength={1000}
                  value={f.answers?.[q.id]}
                  onChange={(v) => setAnswer(q.id, v)}
                  hint={t('infoReport.goesTo', { part: partLabel[q.part] ?? '' })}
                  multiline
                  rows={2}
                />
                {hasText(f.answers?.[q.id]) && (
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => editor.change((old) => placeAnswer(old, q.id))}
                  >
                    {t('infoReport.place', { part: partLabel[q.part] ?? '' })}
                    <span class="visually-hidden">{t('infoReport.place.which', { n: i + 1 })}</span>
                  </button>
                )}
              </div>
            ))}
          </Section>

          <Section legend={t('infoReport.step3')}>
            <TextBox
              label={t('infoReport.subject')}
              maxLength={200}
              value={f.subject}
              onChange={(v) => set('subject', v)}
              hint={t('infoReport.subject.hint')}
            />
            {REPORT_PARTS.map((p) => (
              <TextBox
                key={p.id}
                label={p.label}
                value={f[p.id]}
                onChange={(v) => set(p.id, v)}
                hint={p.hint}
                multiline
                rows={p.id === 'facts' || p.id === 'suggestions' ? 4 : 3}
              />
            ))}
            <TextBox
              label={t('infoReport.support')}
              value={f.support}
              onChange={(v) => set('support', v)}
              multiline
              rows={2}
            />
          </Section>

          <section aria-labelledby="report-check-heading" class="report-check">
            <h3 id="report-check-heading">{t('infoReport.check')}</h3>
            <div aria-live="polite">
              {guidance.ok ? (
                guidance.warnings.length === 0 ? (
                  <p class="result-line">
                    {guidance.complete ? t('infoReport.check.ok') : t('infoReport.check.start')}
                  </p>
                ) : (
                  <ul class="warning-list">
                    {guidance.warnings.map((w) => (
                      <li key={w.code}>{w.message}</li>
                    ))}
                  </ul>
                )
              ) : (
                <Problems title={t('infoReport.check.bad')} problems={guidance.problems} />
              )}
            </div>
          </section>
          <SaveBar editor={editor} t={t} />
        </EditorForm>
        <div class="tool-actions">
          <button type="button" class="button" onClick={() => void doCopy()}>
            {t('infoReport.copy')}
          </button>
          <button type="button" class="button secondary" onClick={printPage}>
            {t('toolForm.print')}
          </button>
        </div>
        <div role="status" class="copy-status">
          {copy?.state === 'copied' && <p>{t('infoReport.copied')}</p>}
          {copy?.state === 'manual' && <p>{t('infoReport.copy.manual')}</p>}
        </div>
        {copy?.state === 'refused' && <Problems title={t('infoReport.copy.refused')} problems={copy.problems ?? []} />}
        {copy?.state === 'manual' && (
          <div class="field">
            <label for="report-copy-text">{t('infoReport.copy.text')}</label>
            <textarea
              id="report-copy-text"
              readOnly
              rows={10}
              value={copy.text}
              ref={(el) => {
                el?.focus();
                el?.select();
              }}
            />
          </div>
        )}
      </div>
      <article class="print-only print-sheet" aria-hidden="true">
        <h1>{hasText(f.subject) ? f.subject : t('infoReport.print.title')}</h1>
        <p>{[f.date, guide.label].filter(hasText).join(' · ')}</p>
        {REPORT_PARTS.map((p) => (
          <section key={p.id}>
            <h2>{p.label}</h2>
            <p class="pre">{hasText(f[p.id]) ? f[p.id] : t('infoReport.print.missing')}</p>
          </section>
        ))}
        {hasText(f.support) && (
          <section>
            <h2>{t('infoReport.support')}</h2>
            <p class="pre">{f.support}</p>
          </section>
        )}
        {!rendered.ok && <p>{t('infoReport.print.empty')}</p>}
      </article>
    </div>
  );
}
