import type { ReactNode } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';

/**
 * The page behind a link in a subscription mail (confirm, unsubscribe): one button that acts, no
 * sign-in; a button and not the GET itself, because mail scanners open links and only a person
 * presses a button. The action redirects back with ?xong=1 (done) or ?loi=1 (a wrong link).
 */
export function MailLinkPage({ title, done, failed, doneText, failedText, intro, action, button, pendingText, variant }: {
  title: string;
  done: boolean;
  failed: boolean;
  doneText: string;
  failedText: string;
  intro?: ReactNode;
  action: () => Promise<void>;
  button: string;
  pendingText: string;
  variant?: 'danger';
}) {
  return (
    <div className="mx-auto max-w-xl">
      <h1>{title}</h1>
      {done ? (
        <p role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">{doneText}</p>
      ) : (
        <form action={action} className="mt-3">
          {failed ? <p role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">{failedText}</p> : null}
          {intro ? <p className="mb-3">{intro}</p> : null}
          <SubmitButton variant={variant} pendingText={pendingText}>{button}</SubmitButton>
        </form>
      )}
    </div>
  );
}
