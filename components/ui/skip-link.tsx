export function SkipLink({ lang = 'vi' }: { lang?: 'vi' | 'en' }) {
  return (
    <a
      href="#noi-dung"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
    >
      {lang === 'en' ? 'Skip to content' : 'Bỏ qua, tới nội dung chính'}
    </a>
  );
}
