/**
 * The studio page: make a verified timeline of an article in the browser. Nothing leaves
 * the page but the files a person downloads.
 */
import type { UiLang } from './strings.ts';
import { Studio } from './Studio.ts';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (a privacy setting): the studio works, and says drafts are not kept.
    return null;
  }
}

function uiLang(): UiLang {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'ar' || asked === 'en') return asked;
  try {
    return localStorage.getItem('dt-studio:ui') === 'ar' ? 'ar' : 'en';
  } catch {
    return 'en';
  }
}

const root = document.getElementById('studio');
if (root) new Studio(root, storage(), uiLang()).mount();
