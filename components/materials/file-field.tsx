'use client';
import { useState } from 'react';
import { ACCEPT_ATTRIBUTE, FILE_TYPES, typeOfExtension } from '@/lib/materials/file-type-list';
import { formatBytes } from '@/lib/text/bytes';
import { useBoundForm } from '@/components/ui/action-form';
import { FileInput } from '@/components/ui/file-input';

const MB = 1024 * 1024;

/**
 * The file input, with an early size check so a too-large file is refused before a slow upload
 * (the server checks name, size and content again, whatever the browser says).
 */
export function FileField({ current, required, video = false }: { current?: string | null; required: boolean; video?: boolean }) {
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = useBoundForm('FileField').errors('file');
  const shown = localError ? [localError] : errors;
  return (
    <div className="mb-4">
      <label htmlFor="file" className="label">
        {video ? 'Tệp video MP4' : 'Tệp tài liệu'}{required && <span className="text-accent-600" aria-hidden="true"> *</span>}
      </label>
      <FileInput
        id="file"
        name="file"
        accept={video ? '.mp4,video/mp4' : ACCEPT_ATTRIBUTE}
        className="input"
        aria-invalid={shown?.length ? true : undefined}
        aria-describedby={`file-hint${shown?.length ? ' file-error' : ''}`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          const type = file && typeOfExtension(file.name.split('.').pop() ?? '');
          const limit = type ? FILE_TYPES[type].maxBytes : 20 * MB;
          const message = file && file.size > limit ? `Tệp “${file.name}” nặng ${formatBytes(file.size)}, vượt giới hạn ${limit / MB} MB. Hãy chọn tệp nhỏ hơn.` : null;
          event.currentTarget.setCustomValidity(message ?? '');
          setLocalError(message);
        }}
      />
      <p id="file-hint" className="mt-1 text-xs text-slate-600">
        {video ? 'MP4 tối đa 20 MB (video dài hơn: dùng địa chỉ video).' : 'PDF, DOCX, XLSX tối đa 20 MB; PNG, JPG tối đa 10 MB.'} Loại tệp được kiểm tra theo nội dung.
        {current ? ` Tệp hiện tại: ${current}. Chọn tệp mới để thay, để trống để giữ nguyên.` : ''}
      </p>
      {shown?.length ? <p id="file-error" className="mt-1 text-sm text-accent-600">{shown.join(' ')}</p> : null}
    </div>
  );
}
