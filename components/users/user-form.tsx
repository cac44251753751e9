'use client';
import type { ActionState } from '@/lib/actions/state';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';
import { DISTRICTS } from '@/lib/geo/districts';
import { ActionForm } from '@/components/ui/action-form';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { CHOOSE, Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, useFieldState } from '@/components/ui/use-action-form';

export interface UserFormValues {
  id?: string;
  username?: string;
  fullName?: string;
  role?: Role;
  districtCode?: string | null;
  phone?: string | null;
  email?: string | null;
  checkpointIds?: string[];
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function UserForm({ action, user, roles, fixedDistrict, checkpoints }: {
  action: Action;
  user?: UserFormValues;
  roles: Role[];
  /** A district user's own district: officers they create belong to it. */
  fixedDistrict?: string | null;
  checkpoints: { id: string; name: string; districtCode: string }[];
}) {
  // A blank form starts with no role: the most powerful one must never be the default.
  const form = useActionForm(action, { ...user, districtCode: fixedDistrict ?? user?.districtCode });
  const [role, setRole] = useFieldState(form, () => form.value('role'));
  const [district, setDistrict] = useFieldState(form, () => form.value('districtCode'));
  const needsDistrict = role === 'district' || role === 'officer';
  const inDistrict = checkpoints.filter((c) => c.districtCode === district);
  return (
    <ActionForm form={form} className="card max-w-2xl" noValidate>
      <FormMessage state={form.state} />
      <div className="mt-4" />
      {user?.id && <input type="hidden" name="id" value={user.id} />}
      {!user?.id && (
        <Field name="username" label="Tên đăng nhập" required hint="Chữ thường không dấu, số, dấu chấm hoặc gạch nối.">
          {(p) => <input {...p} className="input" autoCapitalize="none" />}
        </Field>
      )}
      <Field name="fullName" label="Họ và tên" required>
        {(p) => <input {...p} className="input" />}
      </Field>
      <Field name="role" label="Vai trò" required>
        {(p) => (
          <Select {...p} placeholder={CHOOSE} onChange={(e) => setRole(e.target.value)}>
            {roles.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </Select>
        )}
      </Field>
      {needsDistrict && (
        <Field name="districtCode" label="Huyện, thị xã, thành phố" required>
          {(p) =>
            fixedDistrict ? (
              <>
                <input type="hidden" name="districtCode" value={fixedDistrict} />
                <input id={p.id} aria-describedby={p['aria-describedby']} className="input bg-slate-100" readOnly value={DISTRICTS.find((d) => d.code === fixedDistrict)?.name ?? ''} />
              </>
            ) : (
              <Select {...p} placeholder={CHOOSE} onChange={(e) => setDistrict(e.target.value)}>
                {DISTRICTS.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
              </Select>
            )
          }
        </Field>
      )}
      {role === 'officer' && (
        inDistrict.length ? (
          <ChoiceGroup
            type="checkbox" name="checkpointIds" legend="Chốt được giao" options={inDistrict.map((c) => [c.id, c.name] as const)}
            listClassName="max-h-56 overflow-auto rounded border border-slate-300 p-2"
          />
        ) : (
          <p className="mb-4 text-sm text-slate-600">{district ? 'Chưa có chốt nào ở huyện này.' : 'Chọn huyện để giao chốt.'}</p>
        )
      )}
      <Field name="phone" label="Điện thoại">
        {(p) => <input {...p} type="tel" inputMode="tel" className="input" />}
      </Field>
      <Field name="email" label="Email">
        {(p) => <input {...p} type="email" className="input" />}
      </Field>
      {!user?.id && (
        <Field name="password" label="Mật khẩu ban đầu" required hint="Ít nhất 8 ký tự. Người dùng nên đổi sau lần đăng nhập đầu.">
          {(p) => <input {...p} type="password" className="input" autoComplete="new-password" />}
        </Field>
      )}
      <SubmitButton>{user?.id ? 'Lưu thay đổi' : 'Tạo tài khoản'}</SubmitButton>
    </ActionForm>
  );
}
