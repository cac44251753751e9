'use client';
import { useActionState, useState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { initialActionState } from '@/lib/actions/state';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';
import { DISTRICTS } from '@/lib/geo/districts';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

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
  const [state, formAction] = useActionState(action, initialActionState);
  const v = state.values ?? {};
  const [role, setRole] = useState<Role>((v.role as Role) ?? user?.role ?? roles[0]);
  const [district, setDistrict] = useState(v.districtCode ?? user?.districtCode ?? fixedDistrict ?? '');
  const chosen = new Set(v['checkpointIds[]']?.split(',') ?? user?.checkpointIds ?? []);
  const needsDistrict = role === 'district' || role === 'officer';
  const err = state.errors ?? {};
  return (
    <form action={formAction} className="card max-w-2xl" noValidate>
      <FormMessage state={state} />
      <div className="mt-4" />
      {user?.id && <input type="hidden" name="id" value={user.id} />}
      {!user?.id && (
        <Field id="username" label="Tên đăng nhập" required errors={err.username} hint="Chữ thường không dấu, số, dấu chấm hoặc gạch nối.">
          {(p) => <input {...p} name="username" className="input" autoCapitalize="none" defaultValue={v.username ?? ''} />}
        </Field>
      )}
      <Field id="fullName" label="Họ và tên" required errors={err.fullName}>
        {(p) => <input {...p} name="fullName" className="input" defaultValue={v.fullName ?? user?.fullName ?? ''} />}
      </Field>
      <Field id="role" label="Vai trò" required errors={err.role}>
        {(p) => (
          <select {...p} name="role" className="input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </select>
        )}
      </Field>
      {needsDistrict && (
        <Field id="districtCode" label="Huyện, thị xã, thành phố" required errors={err.districtCode}>
          {(p) =>
            fixedDistrict ? (
              <>
                <input type="hidden" name="districtCode" value={fixedDistrict} />
                <input {...p} className="input bg-slate-100" readOnly value={DISTRICTS.find((d) => d.code === fixedDistrict)?.name ?? ''} />
              </>
            ) : (
              <select {...p} name="districtCode" className="input" value={district} onChange={(e) => setDistrict(e.target.value)}>
                <option value="">— Chọn —</option>
                {DISTRICTS.map((d) => (
                  <option key={d.code} value={d.code}>{d.name}</option>
                ))}
              </select>
            )
          }
        </Field>
      )}
      {role === 'officer' && (
        <fieldset className="mb-4">
          <legend className="label">Chốt được giao</legend>
          {err.checkpointIds && <p className="mb-1 text-sm text-accent-600">{err.checkpointIds.join(' ')}</p>}
          <div className="max-h-56 overflow-auto rounded border border-slate-300 p-2">
            {checkpoints.filter((c) => c.districtCode === (fixedDistrict ?? district)).map((c) => (
              <label key={c.id} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="checkpointIds[]" value={c.id} defaultChecked={chosen.has(c.id)} className="size-5" />
                {c.name}
              </label>
            ))}
            {!checkpoints.some((c) => c.districtCode === (fixedDistrict ?? district)) && (
              <p className="text-sm text-slate-600">Chưa có chốt nào ở huyện này.</p>
            )}
          </div>
        </fieldset>
      )}
      <Field id="phone" label="Điện thoại" errors={err.phone}>
        {(p) => <input {...p} name="phone" type="tel" inputMode="tel" className="input" defaultValue={v.phone ?? user?.phone ?? ''} />}
      </Field>
      <Field id="email" label="Email" errors={err.email}>
        {(p) => <input {...p} name="email" type="email" className="input" defaultValue={v.email ?? user?.email ?? ''} />}
      </Field>
      {!user?.id && (
        <Field id="password" label="Mật khẩu ban đầu" required errors={err.password} hint="Ít nhất 8 ký tự. Người dùng nên đổi sau lần đăng nhập đầu.">
          {(p) => <input {...p} name="password" type="password" className="input" autoComplete="new-password" />}
        </Field>
      )}
      <SubmitButton>{user?.id ? 'Lưu thay đổi' : 'Tạo tài khoản'}</SubmitButton>
    </form>
  );
}
