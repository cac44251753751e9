import { listPublicMaterials } from '@/lib/materials/public-queries';
import { listPublicContacts } from '@/lib/contacts/queries';
import { NATIONAL_PORTAL, VALIDITY_RULE } from '@/lib/guidance/content';
import type { Lang } from '@/lib/materials/catalog';
import { ProofWays } from './proof-ways';
import { CheckpointSection } from './checkpoint-section';
import { MaterialListItem } from './material-list-item';
import { ContactCard } from './contact-card';
import { LIBRARY_TEXT } from './library-text';

const TEXT = {
  vi: {
    title: 'Hướng dẫn chứng nhận tiêm chủng tại chốt kiểm soát',
    intro: 'Tóm tắt dễ hiểu công văn ngày 21/09/2021 của Sở Thông tin và Truyền thông Quảng Ngãi về ứng dụng công nghệ trong nhận diện tiêm chủng vắc-xin phòng Covid-19, thực hiện Thông báo số 458/TB-UBND ngày 20/09/2021 của UBND tỉnh.',
    citizens: 'Dành cho người dân', citizensAnchor: 'nguoi-dan',
    validity: 'Khi nào chứng nhận được coi là hợp lệ?',
    noCertificate: 'Chưa có chứng nhận, hoặc thông tin chưa đúng?',
    noCertificateBody: 'Khai báo và đề nghị cập nhật thông tin tiêm chủng trên Cổng thông tin tiêm chủng Covid-19, hoặc liên hệ cơ sở nơi bạn đã tiêm.',
    scan: 'Tự khai báo bằng mã QR của chốt',
    scanBody: 'Không cần cài thêm ứng dụng: mở camera hoặc Zalo, quét mã QR dán tại chốt, khai báo họ tên, năm sinh, số điện thoại và thông tin tiêm, rồi đưa màn hình kết quả cho cán bộ. Không quét được thì nhập mã chốt 6 ký tự in trên áp phích.',
    enterCode: 'Nhập mã chốt (/c)',
    checkpoints: 'Dành cho chốt kiểm soát, tổ tuần tra', checkpointsAnchor: 'chot-kiem-soat',
    ease: 'Chọn cách kiểm tra phù hợp với tình hình thực tế, bảo đảm tạo điều kiện thuận lợi nhất cho người dân tham gia lưu thông.',
    agencies: 'Dành cho cơ quan, địa phương và báo chí', agenciesAnchor: 'co-quan',
    agencyItems: [
      'Các sở, ban, ngành, hội, đoàn thể tỉnh: quán triệt, tuyên truyền tới cán bộ, công chức, viên chức, người lao động.',
      'Công an tỉnh và UBND các huyện, thị xã, thành phố: chỉ đạo các chốt kiểm soát, tổ tuần tra kiểm tra theo một trong các cách trên.',
      'UBND các huyện, thị xã, thành phố: chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Truyền thông - Văn hóa - Thể thao, UBND cấp xã hướng dẫn người dân bằng hình thức dễ hiểu.',
      'Báo chí: tiếp tục vận động cài đặt, sử dụng các ứng dụng, khai báo trên Cổng thông tin tiêm chủng; nhắc người dân hạn chế ra khỏi nhà, thực hiện 5K và giữ khoảng cách tối thiểu 2 m.',
    ],
    materials: 'Tài liệu hướng dẫn', support: 'Liên hệ hỗ trợ', portal: 'Cổng thông tin tiêm chủng Covid-19',
  },
  en: {
    title: 'Guidance: proving vaccination at checkpoints',
    intro: 'A plain-language summary of the letter of 21/09/2021 from the Quảng Ngãi Department of Information and Communications on using technology to recognise COVID-19 vaccination, following Notice No. 458/TB-UBND of 20/09/2021 of the Provincial People’s Committee.',
    citizens: 'For citizens', citizensAnchor: 'citizens',
    validity: 'When is a certificate valid?',
    noCertificate: 'No certificate yet, or wrong details?',
    noCertificateBody: 'Declare and ask for your vaccination record to be updated on the national COVID-19 vaccination portal, or contact the site where you were vaccinated.',
    scan: 'Declaring with the checkpoint’s QR code',
    scanBody: 'No extra app needed: open your camera or Zalo, scan the QR poster at the checkpoint, enter your name, year of birth, phone number and vaccination details, then show the result screen to the officer. If scanning fails, type the 6-character code printed on the poster.',
    enterCode: 'Enter a checkpoint code (/c)',
    checkpoints: 'For checkpoints and patrol teams', checkpointsAnchor: 'checkpoints',
    ease: 'Choose the way of checking that suits the situation, and make passing as easy as possible for people.',
    agencies: 'For agencies, districts and the press', agenciesAnchor: 'agencies',
    agencyItems: [
      'Provincial departments, associations and unions: brief and inform their staff.',
      'Provincial police and district People’s Committees: direct checkpoints and patrol teams to check in one of the ways above.',
      'District People’s Committees: have their culture and information offices, media centres and commune committees explain it to people simply.',
      'Press: keep encouraging people to install and use the apps and to declare on the vaccination portal; remind them to stay home unless necessary, follow the 5K advice and keep at least 2 m apart.',
    ],
    materials: 'Guides and infographics', support: 'Support contacts', portal: 'national COVID-19 vaccination portal',
  },
};

export async function GuidancePage({ lang }: { lang: Lang }) {
  const t = TEXT[lang];
  const [guides, infographics, contacts] = await Promise.all([
    listPublicMaterials({ kind: 'guide' }),
    listPublicMaterials({ kind: 'infographic' }),
    listPublicContacts(),
  ]);
  const materials = [...guides.items.slice(0, 4), ...infographics.items.slice(0, 2)];
  return (
    <>
      <h1>{t.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t.intro}</p>
      <nav aria-label={t.title} className="mt-4 flex flex-wrap gap-2 text-sm">
        {[[t.citizensAnchor, t.citizens], [t.checkpointsAnchor, t.checkpoints], [t.agenciesAnchor, t.agencies]].map(([id, label]) => (
          <a key={id} href={`#${id}`} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3">{label}</a>
        ))}
      </nav>
      <section id={t.citizensAnchor} className="mt-8" aria-labelledby={`${t.citizensAnchor}-h`}>
        <h2 id={`${t.citizensAnchor}-h`} className="mb-3">{t.citizens}</h2>
        <ProofWays lang={lang} detailed />
        <div className="mt-4 grid gap-3 md:grid-cols-3">
          <div className="card"><h3 className="text-base font-semibold">{t.validity}</h3><p className="mt-1 text-sm">{VALIDITY_RULE[lang]}</p></div>
          <div className="card"><h3 className="text-base font-semibold">{t.scan}</h3><p className="mt-1 text-sm">{t.scanBody}</p><a href="/c" className="mt-1 inline-flex min-h-11 min-w-11 items-center font-semibold underline">{t.enterCode}</a></div>
          <div className="card">
            <h3 className="text-base font-semibold">{t.noCertificate}</h3>
            <p className="mt-1 text-sm">{t.noCertificateBody} <a href={NATIONAL_PORTAL} rel="noopener noreferrer" className="underline">{t.portal}</a>.</p>
          </div>
        </div>
      </section>
      <section id={t.checkpointsAnchor} className="mt-8" aria-labelledby={`${t.checkpointsAnchor}-h`}>
        <h2 id={`${t.checkpointsAnchor}-h`} className="mb-3">{t.checkpoints}</h2>
        <CheckpointSection lang={lang} />
        <p className="mt-3 text-sm text-slate-700">{t.ease}</p>
      </section>
      <section id={t.agenciesAnchor} className="mt-8" aria-labelledby={`${t.agenciesAnchor}-h`}>
        <h2 id={`${t.agenciesAnchor}-h`} className="mb-3">{t.agencies}</h2>
        <ul className="card list-disc space-y-2 pl-8 text-sm">{t.agencyItems.map((item) => <li key={item}>{item}</li>)}</ul>
      </section>
      {materials.length > 0 && (
        <section className="mt-8" aria-labelledby="tai-lieu-huong-dan">
          <h2 id="tai-lieu-huong-dan" className="mb-3">{t.materials}</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">{materials.map((m) => <li key={m.id}><MaterialListItem m={m} lang={lang} /></li>)}</ul>
          <p className="mt-3 text-sm"><a href={LIBRARY_TEXT[lang].libraryPath}>{LIBRARY_TEXT[lang].seeAll} →</a></p>
        </section>
      )}
      <section className="mt-8" aria-labelledby="lien-he-ho-tro">
        <h2 id="lien-he-ho-tro" className="mb-3">{t.support}</h2>
        <ul className="grid gap-3 sm:grid-cols-2">{contacts.filter((c) => c.letterSupport).map((c) => <ContactCard key={c.id} contact={c} lang={lang} />)}</ul>
      </section>
    </>
  );
}
