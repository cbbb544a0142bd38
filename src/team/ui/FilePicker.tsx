/** Opening export files: a multiple file input, a folder input where the browser has one, and a drop zone. */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n/format.ts';
import { canPickFolder, droppedFiles, pickedFiles, type NamedFile } from '../browser/files.ts';

interface Props {
  disabled: boolean;
  progress: { done: number; total: number } | undefined;
  onFiles: (files: NamedFile[]) => void;
  tr: Translate;
}

export function FilePicker({ disabled, progress, onFiles, tr }: Props) {
  const [folder, setFolder] = useState(false);
  const [over, setOver] = useState(false);
  useEffect(() => setFolder(canPickFolder()), []);
  const busy = disabled || progress !== undefined;
  const onInput = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = pickedFiles(input.files);
    input.value = '';
    onFiles(files);
  };
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (busy) return;
    onFiles(await droppedFiles(event.dataTransfer));
  };
  return (
    <section class="card team-pick no-print" aria-labelledby="team-pick-heading">
      <h2 id="team-pick-heading">{tr('team.pick.title')}</h2>
      <p>{tr('team.pick.how')}</p>
      <div class="actions">
        <span class="file-pick">
          <input
            id="team-files"
            class="visually-hidden file-input"
            type="file"
            multiple
            accept="application/json,.json"
            disabled={busy}
            onChange={onInput}
          />
          <label for="team-files" class="button">
            {tr('team.pick.files')}
          </label>
        </span>
        {folder && (
          <span class="file-pick">
            <input
              id="team-folder"
              class="visually-hidden file-input"
              type="file"
              // Not in Preact's input attributes; every current browser has it (a property: true, not "").
              {...{ webkitdirectory: true }}
              disabled={busy}
              onChange={onInput}
            />
            <label for="team-folder" class="button secondary">
              {tr('team.pick.folder')}
            </label>
          </span>
        )}
      </div>
      <div
        class={over ? 'drop-zone over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        {over ? tr('team.pick.dropActive') : tr('team.pick.drop')}
      </div>
      {progress && (
        <p class="team-progress">
          <label for="team-reading">{tr('team.reading', progress)}</label>
          <progress id="team-reading" max={progress.total} value={progress.done} />
        </p>
      )}
    </section>
  );
}
