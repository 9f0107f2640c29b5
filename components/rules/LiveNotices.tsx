/** A message for the user: `status` for done, `alert` for what went wrong and what to do next. */
export type Notice = { kind: 'status' | 'alert'; text: string } | null;

/**
 * Two live regions that stay in the page, so screen readers announce the text that appears in them:
 * a polite status and an assertive alert.
 */
export function LiveNotices({ notice }: { notice: Notice }) {
  return (
    <>
      <p class="notice" role="status">
        {notice?.kind === 'status' ? notice.text : ''}
      </p>
      <p class="notice error" role="alert">
        {notice?.kind === 'alert' ? notice.text : ''}
      </p>
    </>
  );
}
