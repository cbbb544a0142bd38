/** Home: a gentle reminder to download a progress file after two weeks of records without one. */
import { useState } from 'preact/hooks';
import { translator } from '../../i18n/format.ts';
import { exportProgress } from '../store.ts';
import { exportReminder } from '../model/reminder.ts';
import { useProgress } from './use-progress.ts';

export default function ExportReminder({ strings }: { strings: Record<string, string> }) {
  const tr = translator(strings);
  const doc = useProgress();
  const [state, setState] = useState<'shown' | 'later' | 'done'>('shown');
  if (state === 'done') {
    return (
      <p class="export-reminder card" role="status">
        ✓ {tr('backup.reminder.done')}
      </p>
    );
  }
  const reminder = doc && state === 'shown' ? exportReminder(doc, new Date()) : undefined;
  if (!reminder) return null;
  return (
    <section class="export-reminder card" aria-labelledby="export-reminder-title">
      <h2 id="export-reminder-title">{tr('backup.reminder.title')}</h2>
      <p>{tr(reminder.lastExportAt ? 'backup.reminder.since' : 'backup.reminder.never', { days: reminder.days })}</p>
      <p class="meta">{tr('backup.reminder.why')}</p>
      <p class="actions">
        <button
          type="button"
          class="button"
          onClick={() => {
            exportProgress();
            setState('done');
          }}
        >
          {tr('backup.reminder.export')}
        </button>{' '}
        <button type="button" class="button secondary" onClick={() => setState('later')}>
          {tr('backup.reminder.later')}
        </button>
      </p>
    </section>
  );
}
