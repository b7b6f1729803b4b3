import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportingAssetsFolder } from '../assets-folder';
import { VictimTexts } from './victim-texts';

const shipped = path.join(reportingAssetsFolder(), 'texts');

describe(VictimTexts.name, () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'harbour-texts-'));
    cpSync(shipped, folder, { recursive: true });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('ships at least English, French, Dutch and German, each complete', () => {
    expect(VictimTexts.load(shipped).languages).toEqual(expect.arrayContaining(['en', 'fr', 'nl', 'de']));
  });

  it('takes a new language from a new file alone', () => {
    const spanish = JSON.parse(readFileSync(path.join(shipped, 'en.json'), 'utf8'));
    spanish.languageName = 'Español';
    spanish.acknowledgement.title = 'Acuse de recibo por escrito de su denuncia';
    writeFileSync(path.join(folder, 'es.json'), JSON.stringify(spanish));

    const texts = VictimTexts.load(folder);
    expect(texts.languages).toContain('es');
    expect(texts.in('es')).toMatchObject({ language: 'es', languageName: 'Español', acknowledgement: { title: 'Acuse de recibo por escrito de su denuncia' } });
  });

  it('falls back to English for a language without texts, saying so', () => {
    expect(VictimTexts.load(shipped).in('ro')).toMatchObject({ language: 'en', languageName: 'English' });
  });

  it('refuses to start with an incomplete translation, naming what is missing', () => {
    const partial = JSON.parse(readFileSync(path.join(shipped, 'fr.json'), 'utf8'));
    delete partial.page.submit;
    partial.page.extra = 'x';
    writeFileSync(path.join(folder, 'fr.json'), JSON.stringify(partial));
    expect(() => VictimTexts.load(folder)).toThrow('victim texts fr.json: missing page.submit, unknown page.extra');
  });
});
