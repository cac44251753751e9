'use client';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonVariant } from './button';

/** Disabled while its form submits, so a double tap on a slow network sends one request. */
export function SubmitButton({ children, pendingText = 'Đang xử lý…', variant = 'primary', name, value }: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending ? pendingText : children}
    </Button>
  );
}
