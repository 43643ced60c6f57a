// The language menu of the demo pages' header. It switches <html lang> the way a Bioland site's
// language menu does; the elements follow by themselves.
const LANGUAGES: Record<string, string> = { en: 'English', ar: 'العربية', es: 'Español', fr: 'Français', ru: 'Русский', zh: '中文' };

const label = document.createElement('label');
const select = document.createElement('select');
label.append('Language ', select);
for (const [code, name] of Object.entries(LANGUAGES)) select.append(new Option(name, code));
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  document.documentElement.dir = select.value === 'ar' ? 'rtl' : 'ltr';
});
document.querySelector('.site-header')?.append(label);
