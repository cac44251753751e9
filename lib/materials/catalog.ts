import type { materialKind, publicationStatus } from '@/db/schema/materials';

// Labels for the fixed vocabularies of materials, in both languages of the public face. Pure
// data: shared by admin forms (client) and public pages (server).

export type MaterialKind = (typeof materialKind.enumValues)[number];
export type PublicationStatus = (typeof publicationStatus.enumValues)[number];
export type Lang = 'vi' | 'en';
type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const MATERIAL_KINDS = [
  'official_letter', 'guide', 'infographic', 'poster_template', 'press_release', 'video',
] as const satisfies readonly MaterialKind[];

export const KIND_LABELS: Labels<MaterialKind> = {
  official_letter: { vi: 'Văn bản chỉ đạo', en: 'Official letter' },
  guide: { vi: 'Hướng dẫn', en: 'Guide' },
  infographic: { vi: 'Infographic', en: 'Infographic' },
  poster_template: { vi: 'Mẫu áp phích', en: 'Poster template' },
  press_release: { vi: 'Thông cáo báo chí', en: 'Press release' },
  video: { vi: 'Video', en: 'Video' },
};

export const AUDIENCES = ['citizen', 'checkpoint', 'agency', 'district', 'press'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Labels<Audience> = {
  citizen: { vi: 'Người dân', en: 'Citizens' },
  checkpoint: { vi: 'Chốt kiểm soát, tổ tuần tra', en: 'Checkpoints and patrol teams' },
  agency: { vi: 'Sở, ban, ngành, hội, đoàn thể', en: 'Provincial agencies and unions' },
  district: { vi: 'UBND huyện, xã', en: 'District and commune authorities' },
  press: { vi: 'Báo chí', en: 'Press' },
};

export const TOPICS = [
  'bluezone', 'pc_covid', 'health_book', 'paper_certificate', 'vaccine_passport', 'checkpoint_qr', 'prevention', 'direction',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Labels<Topic> = {
  bluezone: { vi: 'Bluezone', en: 'Bluezone' },
  pc_covid: { vi: 'PC-Covid', en: 'PC-Covid' },
  health_book: { vi: 'Sổ sức khỏe điện tử', en: 'Electronic health book' },
  paper_certificate: { vi: 'Giấy chứng nhận tiêm chủng', en: 'Paper vaccination certificate' },
  vaccine_passport: { vi: 'Hộ chiếu vắc-xin (mã QR)', en: 'Vaccine passport (QR)' },
  checkpoint_qr: { vi: 'Mã QR tại chốt kiểm soát', en: 'Checkpoint QR code' },
  prevention: { vi: 'Phòng, chống dịch (5K)', en: 'Prevention (5K)' },
  direction: { vi: 'Chỉ đạo, điều hành', en: 'Direction and coordination' },
};

export const STATUS_LABELS: Record<PublicationStatus | 'scheduled', string> = {
  draft: 'Bản nháp',
  published: 'Đã đăng',
  scheduled: 'Hẹn giờ đăng',
  archived: 'Lưu trữ',
};

export const LANGUAGES = ['vi', 'en'] as const;
export const LANGUAGE_LABELS: Labels<Lang> = {
  vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'Tiếng Anh', en: 'English' },
};

/** What a published row shows as: scheduled until its publication time has come. */
export function displayStatus(status: PublicationStatus, publishedAt: Date | string | null, now = new Date()): PublicationStatus | 'scheduled' {
  if (status === 'published' && publishedAt && new Date(publishedAt) > now) return 'scheduled';
  return status;
}

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}
export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}
export function isMaterialKind(value: string): value is MaterialKind {
  return (MATERIAL_KINDS as readonly string[]).includes(value);
}
