/** Tells the learner, once and plainly, when progress is not being saved or was recovered from damage. */
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { translator } from '../../i18n/format.ts';
import { downloadBackup, exportProgress } from '../store.ts';
import { $progressStatus, BACKUP_PREFIX } from '../store.ts';

interface Props {
  strings: Record<string, string>;
}

export default function ProgressNotice({ strings }: Props) {
  const tr = translator(strings);
  const status = useStore($progressStatus);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || status.mode === 'loading') return null;
  const exportNow = () => exportProgress();
  const recovered = status.recovered;
  const dismiss = () => setDismissed(true);
  if (status.mode === 'memory') {
    const reason =
      status.reason === 'newer'
        ? tr('notice.newer', { version: status.newerVersion ?? '?' })
        : status.reason === 'blocked'
          ? tr('notice.blocked')
          : tr('notice.writeFailed');
    return (
      <Notice
        kind="memory"
        title={tr('notice.notSaved')}
        body={reason}
        dismiss={tr('notice.dismiss')}
        onDismiss={dismiss}
      >
        <button type="button" class="button" onClick={exportNow}>
          {tr('notice.export')}
        </button>
      </Notice>
    );
  }
  if (recovered) {
    const key = recovered.backupKey;
    const body = tr(recovered.reason === 'not-json' ? 'notice.recovered.notJson' : 'notice.recovered.invalid', {
      kept: recovered.kept,
      dropped: recovered.dropped,
    });
    return (
      <Notice
        kind="recovered"
        title={tr('notice.recovered')}
        body={body}
        dismiss={tr('notice.dismiss')}
        onDismiss={dismiss}
      >
        {key && (
          <button type="button" class="button" onClick={() => downloadBackup(key, key.slice(BACKUP_PREFIX.length))}>
            {tr('notice.downloadBackup')}
          </button>
        )}
      </Notice>
    );
  }
  return null;
}

interface NoticeProps {
  kind: string;
  title: string;
  body: string;
  dismiss: string;
  onDismiss: () => void;
  children: ComponentChildren;
}

/** The alert box: what happened, what it means, the one action that helps, and a dismiss button. */
function Notice({ kind, title, body, dismiss, onDismiss, children }: NoticeProps) {
  return (
    <div class="notice" role="alert" data-notice={kind}>
      <p>
        <strong>{title}</strong>
      </p>
      <p>{body}</p>
      <div class="actions">
        {children}
        <button type="button" class="button secondary" onClick={onDismiss}>
          {dismiss}
        </button>
      </div>
    </div>
  );
}
