import { DEPARTMENT_NAME } from '@/lib/config/site';

/** The notice Decree 13/2023/NĐ-CP asks for: who, why, what, how long, and the citizen's rights. */
export function PrivacyNotice({ retentionDays }: { retentionDays: number }) {
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-3 text-sm" id="thong-bao-du-lieu">
      <summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-800">
        Thông báo xử lý dữ liệu cá nhân (lưu {retentionDays} ngày, chỉ dùng để phòng, chống dịch)
      </summary>
      <dl className="mt-2 space-y-2">
        <div>
          <dt className="font-semibold">Bên kiểm soát dữ liệu</dt>
          <dd>{DEPARTMENT_NAME}, phối hợp với Công an tỉnh và UBND các huyện, thị xã, thành phố.</dd>
        </div>
        <div>
          <dt className="font-semibold">Mục đích</dt>
          <dd>Kiểm soát chứng nhận tiêm chủng tại chốt kiểm soát, tổ tuần tra và truy vết khi có ca bệnh COVID-19. Không dùng cho mục đích khác.</dd>
        </div>
        <div>
          <dt className="font-semibold">Dữ liệu thu thập</dt>
          <dd>Họ tên, năm sinh, số điện thoại, số CCCD/CMND (nếu bạn nhập), thông tin tiêm chủng bạn khai, chốt và thời điểm khai báo.</dd>
        </div>
        <div>
          <dt className="font-semibold">Thời gian lưu</dt>
          <dd>
            Họ tên, năm sinh, số điện thoại và CCCD được xoá sau {retentionDays} ngày; chỉ còn lại số lượt thống kê không gắn với người. Số CCCD không được lưu ở dạng đọc được.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Ai được xem</dt>
          <dd>Chỉ cán bộ có thẩm quyền tra cứu truy vết (Sở TT&TT, Công an tỉnh); mỗi lần tra cứu phải nêu lý do và được ghi nhật ký.</dd>
        </div>
        <div>
          <dt className="font-semibold">Quyền của bạn</dt>
          <dd>
            Được biết, đồng ý hoặc rút lại đồng ý, xem, yêu cầu chỉnh sửa hoặc xoá dữ liệu của mình theo Nghị định 13/2023/NĐ-CP, bằng cách liên hệ {DEPARTMENT_NAME}. Không đồng ý thì bạn
            xuất trình chứng nhận trực tiếp cho cán bộ tại chốt.
          </dd>
        </div>
      </dl>
    </details>
  );
}
