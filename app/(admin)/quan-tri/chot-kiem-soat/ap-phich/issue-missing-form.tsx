'use client';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/state';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { issueMissingPostersAction } from '../actions';

export function IssueMissingForm({ districtCode, count }: { districtCode?: string; count: number }) {
  const [state, action] = useActionState(issueMissingPostersAction, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="district" value={districtCode ?? ''} />
      <SubmitButton variant="secondary">Tạo mã QR cho {count} chốt chưa có</SubmitButton>
    </form>
  );
}
