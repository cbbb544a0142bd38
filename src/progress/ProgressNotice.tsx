/** Tells the learner, once and plainly, when progress is not being saved or was recovered from damage. */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { translator } from '../i18n/format.ts';
import { ensureProgressStarted } from './client.ts';
import { downloadText } from './download.ts';
import { buildExport, exportFileName } from './export.ts';
import { $progress, $progressStatus, readBackup } from './store.ts';

interface Props {
  strings: Record<string, string>;
}

export default function ProgressNotice({ strings }: Props) {
  const tr = translator(strings);
  const status = useStore($progressStatus);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => ensureProgressStarted(), []);
  if (dismissed || status.mode === 'loading') return null;
  const exportNow = () => downloadText(exportFileName(), JSON.stringify(buildExport($progress.get()), null, 2));
  const recovered = status.recovered;
  if (status.mode === 'memory') {
    const reason =
      status.reason === 'newer'
        ? tr('notice.newer', { version: status.newerVersion ?? '?' })
        : status.reason === 'blocked'
          ? tr('notice.blocked')
          : tr('notice.writeFailed');
    return (
      <div class="notice" role="alert" data-notice="memory">
        <p>
          <strong>{tr('notice.notSaved')}</strong>
        </p>
        <p>{reason}</p>
        <div class="actions">
          <button type="button" class="button" onClick={exportNow}>
            {tr('notice.export')}
          </button>
          <button type="button" class="button secondary" onClick={() => setDismissed(true)}>
            {tr('notice.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  if (recovered) {
    const key = recovered.backupKey;
    return (
      <div class="notice" role="alert" data-notice="recovered">
        <p>
          <strong>{tr('notice.recovered')}</strong>
        </p>
        <p>
          {tr(recovered.reason === 'not-json' ? 'notice.recovered.notJson' : 'notice.recovered.invalid', {
            kept: recovered.kept,
            dropped: recovered.dropped,
          })}
        </p>
        <div class="actions">
          {key && (
            <button
              type="button"
              class="button"
              onClick={() => downloadText(exportFileName(new Date(), 'backup'), readBackup(key) ?? '')}
            >
              {tr('notice.downloadBackup')}
            </button>
          )}
          <button type="button" class="button secondary" onClick={() => setDismissed(true)}>
            {tr('notice.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}
