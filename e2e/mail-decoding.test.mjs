// The e-mail decoding the journeys rely on (support.mjs): quoted-printable
// with soft breaks inside a UTF-8 character, base64 parts, RFC 2047 encoded
// words, and a half-written file. No browser or server needed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mailbox, decodeEmail, decodeHeader, decodeQuotedPrintable, sentTo } from './support.mjs';

const crlf = (lines) => Buffer.from(lines.join('\r\n'), 'utf8');

test('quoted-printable: soft breaks (also inside a character) and =XX escapes', () => {
  assert.equal(decodeQuotedPrintable('Bonjour Zo=C3=AB,\r\nenvoy=C3=\r\n=A9 par =\r\nTaal Zorg').toString('utf8'), 'Bonjour Zoë,\r\nenvoyé par Taal Zorg');
  assert.equal(decodeQuotedPrintable('a=3Db  \r\nc').toString('utf8'), 'a=b\r\nc', 'transport padding dropped');
});

test('RFC 2047 encoded words', () => {
  assert.equal(decodeHeader('=?utf-8?b?Vm90cmUgbW90IGRlIHBhc3NlIGEgw6l0w6kgbW9kaWZpw6k=?='), 'Votre mot de passe a été modifié');
  assert.equal(decodeHeader('=?UTF-8?Q?Votre_mot_de_passe_a_=C3=A9t=C3=A9?= =?UTF-8?Q?_modifi=C3=A9?='), 'Votre mot de passe a été modifié');
  assert.equal(decodeHeader('=?utf-8?b?w6k=?= =?utf-8?b?w6k=?= plain'), 'éé plain');
  assert.equal(decodeHeader('=?utf-8?x?w6k=?='), '=?utf-8?x?w6k=?=', 'not an encoded word: kept');
  assert.equal(decodeHeader('=?utf-8?b?ww==?= =?utf-8?b?qQ==?='), 'é', 'a character split over two words');
  assert.equal(decodeHeader('Plain ASCII'), 'Plain ASCII');
});

test('a multipart message with a base64 text and a quoted-printable html part', () => {
  const mail = decodeEmail(crlf([
    'From: "Taal Zorg" <no-reply@kalm.localhost>',
    'To: zoe@example.org',
    'Subject: =?utf-8?b?Vm90cmUgbW90IGRlIHBhc3NlIGEgw6l0w6kgbW9kaWZpw6k=?=',
    'Content-Type: multipart/alternative;',
    ' boundary="XYZ"',
    '',
    '--XYZ',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('Bonjour Zoë,\r\n\r\nLe mot de passe…').toString('base64').replace(/(.{20})/g, '$1\r\n'),
    '--XYZ',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<p lang=3D"fr">Bonjour Zo=C3=AB,</p><a href=3D"http://x.localhost/reset/ab=',
    'c">x</a>',
    '--XYZ--',
    '',
  ]));
  assert.equal(mail.subject, 'Votre mot de passe a été modifié');
  assert.equal(mail.from, '"Taal Zorg" <no-reply@kalm.localhost>');
  assert.ok(sentTo(mail, 'Zoe@example.org'));
  assert.equal(mail.text, 'Bonjour Zoë,\n\nLe mot de passe…');
  assert.equal(mail.html, '<p lang="fr">Bonjour Zoë,</p><a href="http://x.localhost/reset/abc">x</a>');
  assert.equal(mail.complete, true);
});

test('Mailbox.waitFor: only whole, new, matching messages; a bounded wait', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kalm-mailbox-'));
  try {
    const box = new Mailbox(join(dir, 'mail'));
    await assert.rejects(box.waitFor(() => true, { timeout: 300, what: 'anything' }), /within 0.3 s: anything[\s\S]*\(nothing\)/);
    const head = ['To: a@example.org', 'Subject: One', 'Content-Type: multipart/alternative; boundary="B"', '', '--B', 'Content-Type: text/plain; charset=utf-8', '', 'hello'];
    mkdirSync(box.dir);
    writeFileSync(join(box.dir, '01.eml'), crlf(head)); // half written
    await assert.rejects(box.waitFor(() => true, { timeout: 300 }), /01\.eml|nothing/);
    setTimeout(() => writeFileSync(join(box.dir, '01.eml'), crlf([...head, '--B--', ''])), 300);
    const one = await box.waitFor((m) => m.subject === 'One', { timeout: 3000 });
    assert.equal(one.text, 'hello');
    await assert.rejects(box.waitFor((m) => m.subject === 'One', { timeout: 300 }), /\(taken\)/, 'handed out once');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
