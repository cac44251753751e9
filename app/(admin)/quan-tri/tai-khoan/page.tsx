import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { districtName } from '@/lib/geo/districts';
import { PageHeader } from '@/components/ui/page-header';
import { PasswordForm } from './password-form';

export const metadata: Metadata = { title: 'Tài khoản của tôi' };

export default async function AccountPage() {
  const actor = await requirePageActor('account.self', undefined, '/quan-tri/tai-khoan');
  return (
    <>
      <PageHeader title="Tài khoản của tôi" />
      <dl className="card mb-6 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Họ và tên</dt><dd>{actor.fullName}</dd>
        <dt className="font-semibold">Tên đăng nhập</dt><dd>{actor.username}</dd>
        <dt className="font-semibold">Vai trò</dt><dd>{ROLE_LABELS[actor.role]}</dd>
        {actor.districtCode && (<><dt className="font-semibold">Huyện</dt><dd>{districtName(actor.districtCode)}</dd></>)}
      </dl>
      <PasswordForm />
    </>
  );
}
