/**
 * Word lists the synthetic news is made of: actors, places, counted things, verbs and a long tail of
 * general vocabulary. Deliberately broad (world news, not the seeds' story) so the store looks like a
 * reader's archive in which the seeds' topic is one among many.
 */

export const FIRST = 'Anna Boris Carlos Dmitri Elena Farid Grace Hiroshi Ivan Jana Kwame Lena Mikhail Nadia Omar Pavel Qing Rosa Sergei Tariq Ulrich Vera Wei Xavier Yuki Zofia Ahmed Bianca Chen Diego Emre Fatima Gustav Hana Ines Jonas Karim Lucia Marek Nina Olga Pedro Rania Sven Tomas Ursula Viktor Wanda Yusuf Zainab'.split(' ');
export const LAST = 'Petrov Kim Park Lee Ivanova Smith Garcia Tanaka Novak Kowalski Haddad Okafor Schmidt Rossi Dubois Silva Nguyen Kaya Jansen Moreau Costa Sato Horvat Levy Mensah Fischer Berg Lindqvist Reyes Castro Ortiz Wagner Meyer Hoffmann Yilmaz Demir Aziz Rahman Singh Patel Kumar Chowdhury Suzuki Watanabe Yamamoto Lopez Martin Bernard Kovacs Nagy Popescu Shevchenko Bondarenko Melnyk Tkachenko Kravets Oliynyk Moroz Sokolov Volkov Morozov Lebedev Kozlov Novikov Pavlov Orlov Zaitsev'.split(' ');
export const TITLES = ['Defense Minister', 'Foreign Minister', 'spokesperson', 'Gen.', 'President', 'Prime Minister', 'Mayor', 'Governor', 'analyst', 'Col.', 'Interior Minister', 'envoy'];
export const ORGS = ['the defense ministry', 'the foreign ministry', 'military intelligence', 'the general staff', 'the United Nations', 'NATO', 'the European Union', 'the Red Cross', 'the coast guard', 'the border service', 'the national police', 'the interior ministry', 'the finance ministry', 'the central bank', 'the statistics office', 'a think tank', 'the election commission', 'the health ministry'];
export const COUNTRIES = ['Russia', 'Ukraine', 'North Korea', 'South Korea', 'China', 'Japan', 'Iran', 'Israel', 'Syria', 'Turkey', 'Poland', 'Germany', 'France', 'the United States', 'Britain', 'India', 'Pakistan', 'Brazil', 'Mexico', 'Nigeria', 'Ethiopia', 'Sudan', 'Yemen', 'Libya', 'Mali', 'Myanmar', 'Taiwan', 'the Philippines', 'Indonesia', 'Vietnam', 'Belarus', 'Georgia', 'Armenia', 'Azerbaijan', 'Serbia', 'Kosovo', 'Colombia', 'Venezuela', 'Egypt', 'Lebanon'];
export const PLACES = 'Kharkiv Odesa Donetsk Luhansk Zaporizhzhia Kherson Belgorod Kursk Bryansk Rostov Aleppo Idlib Homs Gaza Rafah Khan Younis Beirut Tyre Sanaa Aden Hodeidah Tripoli Benghazi Khartoum Omdurman El Fasher Darfur Goma Bunia Timbuktu Gao Mopti Mandalay Yangon Sittwe Lashio Kabul Kandahar Herat Quetta Peshawar Karachi Lahore Mosul Kirkuk Basra Erbil Raqqa Deir ez-Zor Tabriz Isfahan Shiraz Mashhad Busan Incheon Daegu Gwangju Sapporo Osaka Nagoya Kaohsiung Taichung Manila Cebu Davao Jakarta Surabaya Medan Hanoi Danang Minsk Grodno Tbilisi Batumi Yerevan Baku Ganja Belgrade Pristina Bogota Medellin Cali Caracas Maracaibo Cairo Alexandria Lagos Abuja Kano Maiduguri Addis Ababa Mekelle Bahir Dar Gondar'.split(' ');
/** Counted things with a plausible range of figures. */
export const THINGS: ReadonlyArray<readonly [string, number, number]> = [
  ['troops', 500, 50_000], ['soldiers', 200, 30_000], ['servicemen', 100, 20_000], ['refugees', 1_000, 2_000_000],
  ['civilians', 10, 5_000], ['people', 10, 100_000], ['missiles', 5, 500], ['ballistic missiles', 5, 300],
  ['artillery shells', 10_000, 5_000_000], ['shells', 1_000, 3_000_000], ['drones', 10, 5_000], ['howitzers', 5, 300],
  ['tanks', 5, 500], ['armored vehicles', 10, 1_000], ['rocket launchers', 5, 200], ['jets', 2, 60], ['ships', 1, 40],
  ['prisoners', 10, 1_500], ['casualties', 100, 100_000], ['deaths', 5, 20_000], ['wounded', 10, 30_000],
  ['jobs', 100, 500_000], ['votes', 1_000, 9_000_000], ['dollars', 1_000_000, 50_000_000_000], ['euros', 1_000_000, 9_000_000_000],
];
export const SENT_VERBS = ['sent', 'deployed', 'delivered', 'supplied', 'shipped', 'transferred', 'moved', 'stationed'];
export const LOSS_VERBS = ['killed', 'wounded', 'captured', 'evacuated', 'displaced', 'detained', 'rescued'];
export const SAY = ['said', 'told reporters', 'said in a statement', 'wrote on social media', 'told a news conference', 'said on television'];
export const HEDGE = ['reportedly', 'allegedly', 'possibly', 'apparently'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** Real general-news words, most frequent first; the Zipf tail below extends them. */
export const COMMON = ('government officials country week plan talks security economy support agreement meeting policy ' +
  'region border market price crisis leaders forces public energy trade water power city rights prices growth army ' +
  'budget court election parliament opposition protest law minister party health schools aid funding sanctions ' +
  'attack attacks strike strikes fighting offensive ceasefire peace negotiations deal investors companies industry ' +
  'production exports imports oil gas grain wheat fuel electricity infrastructure bridge railway port airport ' +
  'hospital village town district province capital coast river mountains front line positions defenses supply ' +
  'weapons equipment ammunition logistics training exercises drills alliance partners allies neighbours diplomats ' +
  'embassy summit visit delegation statement interview report reports investigation inquiry evidence documents ' +
  'satellite images footage witnesses journalists media television radio newspaper website platform network ' +
  'shortage inflation unemployment wages taxes debt loans bonds shares currency reserves deficit surplus').split(' ');

const SYL = ['ka', 'ro', 'mi', 'ten', 'sor', 'val', 'dra', 'pel', 'quin', 'ast', 'bre', 'lon', 'tur', 'gav', 'fen', 'osk', 'mar', 'ril', 'zan', 'dor', 'tis', 'hel', 'ven', 'cor'];

/** `n` distinct pronounceable words, in a fixed order (their Zipf rank). */
export function tailWords(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    let w = '';
    for (let k = i; ; k = Math.floor(k / SYL.length) - 1) {
      w = (SYL[k % SYL.length] as string) + w;
      if (k < SYL.length) break;
    }
    if (w.length >= 5) out.push(w + (i % 3 === 0 ? 'ing' : i % 3 === 1 ? 'ion' : 'ers'));
  }
  return out;
}
