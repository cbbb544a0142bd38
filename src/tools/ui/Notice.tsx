/** The tool's live status line: what was saved or deleted, with 復原 after a delete. Always in the page, so changes are announced. */

export interface NoticeState {
  text: string;
  /** Set after a delete: the button brings the record back. */
  undo?: (() => void) | undefined;
}

export function Notice({ notice, undoLabel }: { notice: NoticeState | undefined; undoLabel: string }) {
  return (
    <div class="tool-notice" role="status">
      {notice && (
        <p>
          {notice.text}
          {notice.undo && (
            <>
              {' '}
              <button type="button" class="button secondary" onClick={notice.undo}>
                {undoLabel}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
