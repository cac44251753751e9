import type { Metadata } from 'next';
import { listPublicContacts } from '@/lib/contacts/queries';
import { buttonClass } from '@/components/ui/button';
import { ContactCard } from '@/components/comms/contact-card';

export const metadata: Metadata = { title: 'Liên hệ', description: 'Đầu mối hỗ trợ ứng dụng công nghệ trong nhận diện tiêm chủng tại chốt kiểm soát.' };

export default async function ContactsPage() {
  const contacts = await listPublicContacts();
  const support = contacts.filter((c) => c.letterSupport);
  const others = contacts.filter((c) => !c.letterSupport);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>Liên hệ</h1>
          <p className="mt-2 max-w-3xl text-slate-700">Chạm vào số điện thoại để gọi ngay, hoặc lưu vào danh bạ điện thoại bằng tệp vCard.</p>
        </div>
        <a href="/api/contacts/vcard" download className={buttonClass('secondary')}>Lưu tất cả vào danh bạ (vCard)</a>
      </div>
      <section className="mt-6" aria-labelledby="ho-tro">
        <h2 id="ho-tro" className="mb-3">Hỗ trợ kỹ thuật theo công văn</h2>
        <ul className="grid gap-3 sm:grid-cols-2">{support.map((c) => <ContactCard key={c.id} contact={c} lang="vi" />)}</ul>
      </section>
      {others.length > 0 && (
        <section className="mt-8" aria-labelledby="co-quan">
          <h2 id="co-quan" className="mb-3">Cơ quan, đơn vị</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">{others.map((c) => <ContactCard key={c.id} contact={c} lang="vi" />)}</ul>
        </section>
      )}
    </>
  );
}
