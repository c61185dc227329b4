/* global document */
(() => {
  const table = document.getElementById('registrations');
  const body = table.tBodies[0];
  const filter = document.getElementById('filter');
  const shown = document.getElementById('shown');
  const apply = () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let count = 0;
    for (const row of body.rows) {
      const text = row.textContent.toLowerCase();
      row.hidden = !words.every((w) => text.includes(w));
      if (!row.hidden) count += 1;
    }
    shown.textContent = String(count);
  };
  const key = (row, col) => {
    const cell = row.cells[col];
    const raw = cell.dataset.sort ?? cell.textContent.trim();
    return raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw.toLowerCase();
  };
  const heads = [...table.tHead.rows[0].cells];
  heads.forEach((th, col) => {
    th.querySelector('button').addEventListener('click', () => {
      const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a, col);
        const y = key(b, col);
        return (x < y ? -1 : x > y ? 1 : 0) * dir;
      });
      heads.forEach((h) => h.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      body.append(...rows);
    });
  });
  filter.addEventListener('input', apply);
  apply();
})();
