// Places widgets as the address asks, so each fault scenario needs no page of its own:
//   ?w=a,a            two <naitei-check storage-key="a">
//   &attrs={"lang":"ja-JP","theme":"neon"}   extra attributes on each
import * as naitei from '/naitei.js';

window.naitei = naitei;
const params = new URLSearchParams(location.search);
const attrs = JSON.parse(params.get('attrs') ?? '{}');
const keys = (params.get('w') ?? '').split(',').filter(Boolean);
const slots = document.getElementById('slots');
keys.forEach((key, n) => {
  const el = document.createElement('naitei-check');
  el.id = `w${n}`;
  el.setAttribute('storage-key', key);
  if (!('lang' in attrs)) el.setAttribute('lang', 'en');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  slots.append(el);
});
