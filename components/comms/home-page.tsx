import { listLatestMaterials } from '@/lib/materials/public-queries';
import { listPublicPressKits } from '@/lib/press-kits/queries';
import { listPublicContacts } from '@/lib/contacts/queries';
import { VALIDITY_RULE } from '@/lib/guidance/content';
import type { Lang } from '@/lib/materials/catalog';
import { buttonClass } from '@/components/ui/button';
import { LIBRARY_TEXT } from './library-text';
import { ProofWays } from './proof-ways';
import { CheckpointSection } from './checkpoint-section';
import { MaterialListItem } from './material-list-item';
import { PressKitList } from './press-kit-list';
import { ContactCard } from './contact-card';

const TEXT = {
  vi: {
    title: 'Chứng nhận tiêm chủng khi qua chốt kiểm soát',
    lead: 'Qua chốt kiểm soát hoặc gặp tổ tuần tra, bạn chỉ cần đưa chứng nhận tiêm vắc-xin phòng Covid-19 theo một trong năm cách dưới đây. Ở chốt có áp phích mã QR: mở camera hoặc Zalo, quét mã, khai báo rồi đưa màn hình cho cán bộ.',
    enterCode: 'Nhập mã chốt', guide: 'Xem hướng dẫn đầy đủ', library: 'Thư viện tài liệu',
    ways: 'Năm cách chứng nhận đã tiêm vắc-xin', checkpoint: 'Tại chốt kiểm soát, tổ tuần tra', checkpointMore: 'Hướng dẫn cho chốt kiểm soát',
    support: 'Liên hệ hỗ trợ', allContacts: 'Tất cả liên hệ', guidePath: '/huong-dan', contactsPath: '/lien-he', checkpointAnchor: '/huong-dan#chot-kiem-soat',
  },
  en: {
    title: 'Proving vaccination at checkpoints',
    lead: 'At a checkpoint or when meeting a patrol team, show your COVID-19 vaccination in one of the five ways below. Where a QR poster is displayed: open your camera or Zalo, scan the code, fill in the form and show the screen to the officer.',
    enterCode: 'Enter a checkpoint code', guide: 'Read the full guidance', library: 'Materials library',
    ways: 'Five ways to prove vaccination', checkpoint: 'At checkpoints and patrol teams', checkpointMore: 'Guidance for checkpoints',
    support: 'Support contacts', allContacts: 'All contacts', guidePath: '/en/guidance', contactsPath: '/en/contacts', checkpointAnchor: '/en/guidance#checkpoints',
  },
};

/** The public home in either language: everything server-rendered, no client code of its own. */
export async function HomePage({ lang }: { lang: Lang }) {
  const t = TEXT[lang];
  const lib = LIBRARY_TEXT[lang];
  const [latest, kits, contacts] = await Promise.all([listLatestMaterials(6), listPublicPressKits(3), listPublicContacts()]);
  return (
    <>
      <section className="rounded-xl bg-brand-50 p-6">
        <h1 className="text-2xl sm:text-3xl">{t.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t.lead}</p>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">{VALIDITY_RULE[lang]}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <a href="/c" className={buttonClass('primary')}>{t.enterCode}</a>
          <a href={t.guidePath} className={buttonClass('secondary')}>{t.guide}</a>
          <a href={lib.libraryPath} className={buttonClass('secondary')}>{t.library}</a>
        </p>
      </section>
      <section className="mt-8" aria-labelledby="cach-chung-nhan">
        <h2 id="cach-chung-nhan" className="mb-3">{t.ways}</h2>
        <ProofWays lang={lang} />
      </section>
      <section className="mt-8" aria-labelledby="chot-kiem-soat">
        <h2 id="chot-kiem-soat" className="mb-3">{t.checkpoint}</h2>
        <CheckpointSection lang={lang} />
        <p className="mt-2 text-sm"><a href={t.checkpointAnchor}>{t.checkpointMore} →</a></p>
      </section>
      {latest.length > 0 && (
        <section className="mt-8" aria-labelledby="tai-lieu-moi">
          <h2 id="tai-lieu-moi" className="mb-3">{lib.latest}</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {latest.map((m) => <li key={m.id}><MaterialListItem m={m} lang={lang} /></li>)}
          </ul>
          <p className="mt-3 text-sm"><a href={lib.libraryPath}>{lib.seeAll} →</a></p>
        </section>
      )}
      {kits.length > 0 && (
        <section className="mt-8" aria-labelledby="bo-tai-lieu">
          <h2 id="bo-tai-lieu" className="mb-3">{lib.kits}</h2>
          <PressKitList kits={kits} lang={lang} />
        </section>
      )}
      <section className="mt-8" aria-labelledby="ho-tro">
        <h2 id="ho-tro" className="mb-3">{t.support}</h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {contacts.filter((c) => c.letterSupport).map((c) => <ContactCard key={c.id} contact={c} lang={lang} />)}
        </ul>
        <p className="mt-3 text-sm"><a href={t.contactsPath}>{t.allContacts} →</a></p>
      </section>
    </>
  );
}
