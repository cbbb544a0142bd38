/** The team page's state: the course file, the engine's view of the files read, the saved roll-up, and the actions on them. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type Translate } from '../../i18n/format.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import { onEngineReply, sendToEngine } from '../browser/engine.ts';
import { fetchTeamCourse, type NamedFile } from '../browser/files.ts';
import { forgetSaved, loadSavedText, saveText } from '../browser/storage.ts';
import type { TeamCourse } from '../model/course.ts';
import type { TeamView } from '../model/engine.ts';
import type { TeamFilter } from '../model/filter.ts';
import type { TeamRollup } from '../model/rollup.ts';
import { readSavedRollup, serialiseRollup, type SavedRead } from '../model/saved.ts';

export type Message = { kind: 'ok' | 'error' | 'info'; text: string };

const noView: TeamView = {
  rollup: undefined,
  refused: [],
  merged: [],
  choices: [],
  filter: { kind: 'all' },
  people: 0,
};

export function useTeam(tr: Translate) {
  const [course, setCourse] = useState<TeamCourse | 'loading' | 'error'>('loading');
  const [view, setView] = useState<TeamView>(noView);
  const [saved, setSaved] = useState<SavedRead>({ kind: 'none' });
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [message, setMessage] = useState<Message | undefined>();

  const loadCourse = useCallback(() => {
    setCourse('loading');
    fetchTeamCourse().then(setCourse, () => setCourse('error'));
  }, []);
  useEffect(() => {
    loadCourse();
    const text = loadSavedText();
    setSaved(text === undefined ? { kind: 'none' } : readSavedRollup(text));
  }, [loadCourse]);
  useEffect(
    () =>
      onEngineReply((reply) => {
        if (reply.type === 'progress') setProgress({ done: reply.done, total: reply.total });
        else if (reply.type === 'failed') {
          setProgress(undefined);
          setMessage({ kind: 'error', text: tr('team.engine.failed') });
        } else {
          setView(reply.view);
          setProgress(undefined);
          if (reply.read) {
            const { ok, bad } = reply.read;
            setMessage({
              kind: bad ? 'error' : 'ok',
              text: tr('team.read.done', { ok, bad, people: reply.view.people }),
            });
          }
        }
      }),
    [tr],
  );

  const addFiles = (picked: NamedFile[]) => {
    if (typeof course !== 'object') return;
    if (picked.length === 0) {
      setMessage({ kind: 'error', text: tr('team.read.none') });
      return;
    }
    setProgress({ done: 0, total: picked.length });
    setMessage(undefined);
    sendToEngine({
      type: 'add',
      files: picked.map(({ name, file }) => ({ name, file })),
      course,
      duplicate: tr('team.read.duplicate'),
      skipped: tr('team.read.skipped'),
    });
  };
  const setFilter = (filter: TeamFilter) => sendToEngine({ type: 'filter', filter });

  // The files' roll-up when files are open, else the one saved on this device.
  const rollup: TeamRollup | undefined = view.people > 0 ? view.rollup : saved.kind === 'ok' ? saved.rollup : undefined;

  const clear = () => {
    sendToEngine({ type: 'clear' });
    setMessage({ kind: 'ok', text: tr('team.cleared') });
  };
  const save = () => {
    if (!rollup) return;
    const now = new Date();
    if (!saveText(serialiseRollup(rollup, now))) {
      setMessage({ kind: 'error', text: tr('team.save.failed') });
      return;
    }
    setSaved({ kind: 'ok', savedAt: now.toISOString(), rollup });
    setMessage({ kind: 'ok', text: tr('team.saved', { date: formatDateTime(now.toISOString()) }) });
  };
  const forget = () => {
    if (!forgetSaved()) {
      setMessage({ kind: 'error', text: tr('team.save.failed') });
      return;
    }
    setSaved({ kind: 'none' });
    setMessage({ kind: 'ok', text: tr('team.forgotten') });
  };

  return { course, view, saved, progress, message, setFilter, rollup, addFiles, clear, save, forget, loadCourse };
}
