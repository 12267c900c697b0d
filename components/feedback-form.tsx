import { useState } from 'preact/hooks';
import { t } from '../extension/i18n';

/** "This verdict looks wrong": an optional comment, kept on the device and included in exports. */
export function FeedbackForm({ send }: { send: (comment: string) => Promise<string | null> }) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'idle' | 'saved' | string>('idle');
  if (state === 'saved') return <p class="feedback-saved" role="status">{t('feedback_saved')}</p>;
  if (!open)
    return (
      <button type="button" class="link feedback-open" onClick={(e) => e.isTrusted && setOpen(true)}>
        {t('feedback_open')}
      </button>
    );
  return (
    <form class="feedback" onSubmit={async (e) => {
      e.preventDefault();
      // Only the user's own submit is recorded: a page script cannot fill the feedback store.
      if (!e.isTrusted) return;
      const error = await send(comment.trim());
      setState(error ?? 'saved');
    }}>
      <label for="feedback-comment">{t('feedback_label')}</label>
      <textarea id="feedback-comment" rows={2} maxLength={5000} value={comment} onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)} />
      <button type="submit">{t('feedback_save')}</button>
      {state !== 'idle' ? <p class="error" role="alert">{state}</p> : null}
    </form>
  );
}
