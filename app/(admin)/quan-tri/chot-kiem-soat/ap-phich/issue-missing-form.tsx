'use client';
import { ActionForm } from '@/components/ui/action-form';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { issueMissingPostersAction } from '../actions';

export function IssueMissingForm({ districtCode, count }: { districtCode?: string; count: number }) {
  const form = useActionForm(issueMissingPostersAction);
  return (
    <ActionForm form={form} className="space-y-2">
      <FormMessage state={form.state} />
      <input type="hidden" name="district" value={districtCode ?? ''} />
      <SubmitButton variant="secondary">Tạo mã QR cho {count} chốt chưa có</SubmitButton>
    </ActionForm>
  );
}
