/** "Mark as done" for a lesson: a toggle button whose state lives in `$progress`. */
import { useState } from 'preact/hooks';
import { formatDate, translator } from '../i18n/format.ts';
import { setLessonDone } from '../progress/store.ts';
import { useProgress } from '../progress/ui/use-progress.ts';
import { own } from '../progress/model/ids.ts';

interface Props {
  lessonId: string;
  strings: Record<string, string>;
}

export default function LessonDone({ lessonId, strings }: Props) {
  const tr = translator(strings);
  const doc = useProgress();
  const [announcement, setAnnouncement] = useState('');
  const record = own(doc?.lessons, lessonId);
  const done = record?.done === true;
  const toggle = () => {
    setLessonDone(lessonId, !done);
    setAnnouncement(tr(done ? 'lesson.done.unsaved' : 'lesson.done.saved'));
  };
  return (
    <div class="done-control" data-ready={doc ? 'true' : undefined}>
      <button
        type="button"
        class={done ? 'button secondary' : 'button'}
        aria-pressed={done}
        disabled={!doc}
        onClick={toggle}
      >
        {done ? `✓ ${tr('lesson.done.state')}` : tr('lesson.done.mark')}
        {!doc && <span class="loading-note">（{tr('lesson.done.loading')}）</span>}
      </button>
      {done && record && (
        <p class="meta">
          {tr('lesson.done.at', { date: formatDate(record.at, 'short') })}
          {' · '}
          <button type="button" class="link-button" onClick={toggle}>
            {tr('lesson.done.undo')}
          </button>
        </p>
      )}
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
