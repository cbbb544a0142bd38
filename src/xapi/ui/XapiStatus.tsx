/**
 * 「傳送給單位的學習紀錄」 on /progress/: how many statements wait, when the last were sent, why
 * the last try failed, and a button to send now. Only on a site built with xAPI on.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { translator } from '../../i18n/format.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import type { XapiConfig } from '../model/config.ts';
import { describeStatus } from '../model/status.ts';
import { $xapi, retryNow } from '../store.ts';
import { startInBrowser } from './start.ts';

interface Props {
  config: XapiConfig;
  strings: Record<string, string>;
}

export default function XapiStatus({ config, strings }: Props) {
  const tr = translator(strings);
  const status = useStore($xapi);
  useEffect(() => startInBrowser(config), [config]);
  const view = describeStatus(status, (iso) => formatDateTime(iso));
  const line = (l: { key: string; vars?: Record<string, string | number> }) => tr(l.key, l.vars);
  return (
    <section aria-labelledby="xapi-heading" class="card xapi-status" data-xapi-status={status.state}>
      <h2 id="xapi-heading">{tr('xapi.heading')}</h2>
      <p>{tr('xapi.lead', { lrs: new URL(config.endpoint).host })}</p>
      <div role="status" aria-live="polite">
        <p class="xapi-count" data-waiting={status.waiting}>
          <strong>{line(view.count)}</strong>
        </p>
        <p class="meta">{line(view.last)}</p>
      </div>
      <div role="alert">
        {view.problem && (
          <p class={view.serious ? 'message error' : 'message'}>
            <strong>{tr(view.serious ? 'xapi.problem.label.serious' : 'xapi.problem.label')}</strong>
            {line(view.problem)}
          </p>
        )}
      </div>
      <button
        type="button"
        class="button secondary"
        disabled={status.state === 'sending' || status.waiting === 0}
        onClick={() => void retryNow()}
      >
        {tr('xapi.send')}
      </button>
    </section>
  );
}
