// Media, attachment, deleted-message and edited-message placeholders that chat
// exporters write instead of (or next to) a message's text. They never carry a
// need, so readers drop a message that is only a placeholder and strip a
// placeholder that shares a message with the sender's own words.
// Languages covered: en, zh, de, fr, es, pt, it, ru, tr, ar, id (and some nl, cs).

// Android wraps every media placeholder in angle brackets ("<Media omitted>",
// "<Medien ausgeschlossen>", "‹Médias omis›", "<Без медиафайлов>"): a whole
// message that is one short bracketed phrase is a placeholder in any language.
const BRACKETED = /^[<‹][^<>‹›\n]{2,60}[>›]$/;

// iOS writes "image omitted" / "Bild weggelassen" / "vidéo absente" … as the text.
const MEDIA_WORDS = [
  String.raw`(?:image|video|audio|sticker|GIF|document|Contact card|photo)s? omitted`,
  String.raw`(?:Bild|Video|Audio|Sticker|GIF|Dokument|Kontaktkarte) weggelassen`,
  String.raw`(?:image|vidéo|audio|autocollant|GIF|document|fiche contact) (?:absente?|omise?s?)`,
  String.raw`(?:imagen|video|audio|sticker|GIF|documento|tarjeta de contacto) omitid[oa]`,
  String.raw`(?:imagem|vídeo|áudio|figurinha|GIF|documento|cartão de contato) (?:ocultad[oa]|não revelad[oa]|omitid[oa])`,
  String.raw`(?:immagine|video|audio|sticker|GIF|documento|scheda contatto) omess[oa]`,
  String.raw`(?:изображение|видео|аудио|стикер|GIF|документ|карточка контакта) (?:отсутствует|пропущен[оа]?)`,
  String.raw`(?:görüntü|video|ses|çıkartma|GIF|belge|kişi kartı) (?:dahil edilmedi|atlandı)`,
  String.raw`(?:gambar|video|audio|stiker|GIF|dokumen|kartu kontak) tidak disertakan`,
  String.raw`(?:تم حذف|تم استبعاد) (?:الصورة|الفيديو|الصوت|الملصق|المستند|الوسائط)`,
  String.raw`(?:الصورة|الفيديو|الصوت|الملصق|المستند) (?:محذوف|غير مضمن)[ةه]?`,
  '(?:图片|视频|音频|贴纸|动图|文档|联系人名片)已(?:省略|忽略)',
];

const DELETED_WORDS = [
  'This message was deleted',
  'You deleted this message',
  'Waiting for this message',
  '此消息已删除',
  '你删除了此消息',
  '您删除了此消息',
  '该消息已删除',
  'Diese Nachricht wurde gelöscht',
  'Du hast diese Nachricht gelöscht',
  'Ce message a été supprimé',
  'Vous avez supprimé ce message',
  'Se eliminó este mensaje',
  'Eliminaste este mensaje',
  'Este mensaje fue eliminado',
  'Esta mensagem foi apagada',
  'Você apagou esta mensagem',
  'Mensagem apagada',
  'Questo messaggio è stato eliminato',
  'Hai eliminato questo messaggio',
  'Данное сообщение удалено',
  'Вы удалили данное сообщение',
  'Это сообщение удалено',
  'Вы удалили это сообщение',
  'Сообщение удалено',
  'Bu mesaj silindi',
  'Bu mesajı sildiniz',
  'تم حذف هذه الرسالة',
  'لقد حذفت هذه الرسالة',
  'Pesan ini telah dihapus',
  'Anda menghapus pesan ini',
  'Pesan ini dihapus',
  'Dit bericht is verwijderd',
  'Tato zpráva byla smazána',
  'Tato zpráva byla odstraněna',
  'Tuto zprávu jste odstranil/a',
];

const CALL_WORDS = String.raw`Missed (?:voice|video|group voice|group video) call|Verpasster (?:Sprach|Video)anruf|Appel (?:vocal|vidéo) manqué|Llamada (?:de voz|de video|perdida)(?: perdida)?|Chamada de (?:voz|vídeo) perdida|Chiamata (?:vocale|video) persa|Пропущенный (?:аудио|видео)?звонок|Cevapsız (?:sesli|görüntülü) arama|Panggilan (?:suara|video) tak terjawab|مكالمة (?:صوتية|فيديو) فائتة|未接(?:语音|视频)通话|Zmeškaný (?:hlasový |video)?hovor`;

const WHOLE = new RegExp(
  String.raw`^(?:${MEDIA_WORDS.join('|')}|${DELETED_WORDS.map(esc).join('|')}|${CALL_WORDS}|null|POLL:?|<?attached:[^>]*>?)\.?$`,
  'iu',
);

// "IMG-20260811-WA0001.jpg (file attached)" (Android with media), then the caption.
const ATTACHED_LINE = /^\S[^\n]{0,80}?\.[A-Za-z0-9]{2,5} \([^()\n]{3,40}\)$/;
// "<attached: 0001-PHOTO-2026-01-15.jpg>", "<adjunto: …>", "<anexado: …>", "<angehängt: …>", "<pièce jointe : …>".
const ATTACHED_INLINE = /[<‹]\s?[\p{L} ]{3,20}\s?:\s?[^<>\n]{1,120}?\.[A-Za-z0-9]{2,5}\s?[>›]/gu;
// "<This message was edited>" that Android appends to an edited message's text.
const EDITED_TAIL =
  /\s*[<‹](?:This message was edited|Diese Nachricht wurde bearbeitet\.?|Ce message a été modifié|Se editó este mensaje\.?|Esta mensagem foi editada|Questo messaggio è stato modificato|Сообщение изменено|Это сообщение изменено|Bu mesaj düzenlendi|تم تعديل هذه الرسالة|Pesan ini telah diedit|此消息已编辑|已编辑)[>›]\s*$/iu;

// WeChat's own markers for non-text content and recall notices.
const WECHAT_MARKERS =
  /^\[(?:图片|语音|表情|动画表情|文件|链接|视频|位置|名片|小程序|聊天记录|红包|转账|视频号|音乐|Photo|Image|Voice|Sticker|File|Link|Video|Location)\]$/i;
const WECHAT_INLINE = /\[(?:图片|语音|表情|动画表情|视频|Photo|Image|Voice|Sticker|Video)\]/g;
const RECALL =
  /^(?:.{0,40}撤回了一条消息|你撤回了一条消息|"[^"]{1,40}" recalled a message|You recalled a message|.{0,40} recalled a message)$/;

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// iOS names a shared document before its placeholder: "Spec.pdf • \u200e2 pages \u200edocument omitted".
const IOS_DOCUMENT = /^[^\n\u200e\u200f]{1,120}\.[A-Za-z0-9]{2,5}\b[^\n]*[\u200e\u200f][^\n\u200e\u200f]+$/;

/** True when the whole text is a placeholder and nothing the sender wrote. */
export function isPlaceholder(text: string): boolean {
  const t = text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (!t) return true;
  if (BRACKETED.test(t) || WHOLE.test(t) || WECHAT_MARKERS.test(t) || RECALL.test(t)) return true;
  const tail = /[\u200e\u200f]([^\u200e\u200f]+)$/.exec(text.trim());
  return IOS_DOCUMENT.test(text.trim()) || (!!tail && tail.index > 0 && WHOLE.test(tail[1]!.trim()));
}

/** The text with placeholders removed (lines that are only a placeholder, and inline ones); '' if nothing is left. */
export function stripPlaceholders(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (const raw of lines) {
    let l = raw.replace(EDITED_TAIL, '');
    if (ATTACHED_LINE.test(l.trim()) || isPlaceholder(l)) {
      if (l.trim() === '' && raw.trim() === '' && kept.length) kept.push(l); // keep inner blank lines
      continue;
    }
    l = l.replace(ATTACHED_INLINE, '').replace(WECHAT_INLINE, '');
    kept.push(l.replace(/\s+$/, ''));
  }
  while (kept.length && kept[kept.length - 1]!.trim() === '') kept.pop();
  while (kept.length && kept[0]!.trim() === '') kept.shift();
  return kept.join('\n');
}
