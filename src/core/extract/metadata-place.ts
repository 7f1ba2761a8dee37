// The region read from a plan, resolved to an official division: its code and its province.
import { provinceIn, resolvePlace, type Place } from '../catalog/divisions';
import { NATIONAL } from './metadata-region';

export interface Located {
  region: string | null;
  /** GB/T 2260 code of the division, or null when the region is not an official division (雄安新区) or unknown. */
  region_code: string | null;
  /** Full name of the region's province (河南省), or null when no source states it. */
  province: string | null;
}

// Words of a sentence or notice in front of a name (关于印发新乡市…): never part of a region.
const NOTICE_WORDS = /关于|印发|转发|公布|发布|实施|推进|加快|做好|进一步|支持|开展|组织/;
// Only the head of a long text tells namesakes apart; the rest repeats it.
const CONTEXT_CHARS = 20000;

/**
 * The division a region name read from the text is: 广元市利州区, 利州区, 四川省广元市利州区 or
 * 关于印发利州区 all resolve to 510802. A name whose first part is not official (青禾市白沙区) is not
 * taken for the official namesake of its last part.
 */
export function placeOfName(name: string, context: string): Place | null {
  const place = resolvePlace(name, context);
  if (!place) return null;
  const at = name.lastIndexOf(place.name);
  const before = at < 0 ? name : name.slice(0, at);
  const after = at < 0 ? '' : name.slice(at + place.name.length);
  if (after !== '' || at < 0) return null;
  const official = resolvePlace(before, context);
  return before === '' || NOTICE_WORDS.test(before) || official !== null ? place : null;
}

/**
 * The region with its code and province. `region` is what the text's title, issuer or lead named
 * (or null); `sources` are the title, the issuer and the fields of the page, tried in order when
 * no region was read, so a street or township in a title (东华门街道…) gives its district.
 */
export function locateRegion(region: string | null, sources: readonly (string | null)[], text: string): Located {
  if (region === NATIONAL) return { region, region_code: null, province: null };
  const context = text.slice(0, CONTEXT_CHARS);
  const named = sources.filter((s): s is string => s !== null && s !== '');
  if (region !== null) {
    const place = placeOfName(region, context);
    if (place) return { region: place.display, region_code: place.code, province: place.province };
    // Not an official division (a 新区, a development zone): its province only if a source names it with it (河北雄安新区).
    const province = [region, ...named.filter((s) => s.includes(region))].map(provinceIn).find((p) => p !== null) ?? null;
    return { region, region_code: null, province: province?.province ?? null };
  }
  for (const source of named) {
    const place = resolvePlace(source, context);
    if (place) return { region: place.display, region_code: place.code, province: place.province };
  }
  return { region: null, region_code: null, province: null };
}
