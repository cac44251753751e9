import type { Lang } from '@/lib/materials/catalog';

/** Words of the public library in both languages; materials keep their own language. */
export const LIBRARY_TEXT = {
  vi: {
    libraryPath: '/tai-lieu',
    materialPath: (slug: string) => `/tai-lieu/${slug}`,
    title: 'Thư viện tài liệu',
    intro: 'Văn bản chỉ đạo, hướng dẫn, infographic, mẫu áp phích, thông cáo báo chí và video về chứng nhận tiêm chủng tại chốt kiểm soát.',
    search: 'Tìm tài liệu',
    searchHint: 'Gõ có dấu hoặc không dấu, ví dụ “cong van bluezone” hoặc số hiệu “1088”.',
    kind: 'Loại tài liệu', audience: 'Dành cho', topic: 'Chủ đề', year: 'Năm', all: 'Tất cả',
    filter: 'Tìm và lọc', clear: 'Bỏ lọc',
    results: (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} tài liệu`,
    empty: 'Không có tài liệu nào phù hợp.',
    emptyHint: 'Thử bỏ bớt điều kiện lọc hoặc dùng từ khoá ngắn hơn.',
    number: 'Số hiệu', issuedOn: 'Ngày ban hành', issuer: 'Cơ quan ban hành', publishedAt: 'Ngày đăng', language: 'Ngôn ngữ', file: 'Tệp',
    download: 'Tải về', openPdf: 'Xem PDF (mở thẻ mới)', openImage: 'Xem ảnh cỡ lớn', watch: 'Xem video', preview: 'Xem trước',
    previous: 'Trang trước', next: 'Trang sau', page: (p: number, n: number) => `Trang ${p} / ${n}`, pagination: 'Phân trang',
    summary: 'Trích yếu', content: 'Nội dung', back: 'Về thư viện tài liệu', kits: 'Bộ tài liệu cho báo chí', latest: 'Tài liệu mới',
    seeAll: 'Xem tất cả tài liệu', kitItems: (n: number) => `${n} tài liệu`,
  },
  en: {
    libraryPath: '/en/materials',
    materialPath: (slug: string) => `/en/materials/${slug}`,
    title: 'Materials library',
    intro: 'Official letters, guides, infographics, poster templates, press releases and videos about proving vaccination at checkpoints. Most materials are in Vietnamese.',
    search: 'Search materials',
    searchHint: 'Vietnamese words work with or without diacritics, e.g. “cong van bluezone” or a number such as “1088”.',
    kind: 'Type', audience: 'Audience', topic: 'Topic', year: 'Year', all: 'All',
    filter: 'Search and filter', clear: 'Clear filters',
    results: (n: number) => `${new Intl.NumberFormat('en-GB').format(n)} material${n === 1 ? '' : 's'}`,
    empty: 'No material matches.',
    emptyHint: 'Try fewer filters or a shorter search.',
    number: 'Number', issuedOn: 'Issued on', issuer: 'Issued by', publishedAt: 'Published', language: 'Language', file: 'File',
    download: 'Download', openPdf: 'View PDF (new tab)', openImage: 'View full size', watch: 'Watch the video', preview: 'Preview',
    previous: 'Previous page', next: 'Next page', page: (p: number, n: number) => `Page ${p} of ${n}`, pagination: 'Pagination',
    summary: 'Summary', content: 'Content', back: 'Back to the library', kits: 'Press kits', latest: 'Latest materials',
    seeAll: 'See all materials', kitItems: (n: number) => `${n} material${n === 1 ? '' : 's'}`,
  },
} satisfies Record<Lang, unknown>;

export type LibraryText = (typeof LIBRARY_TEXT)[Lang];
