// 目标进展图：上报值折线、目标值、序时进度线及黄/红区间。数据由服务端放在 #chart 的 data-chart 中。
'use strict';
(function () {
  const el = document.getElementById('chart');
  if (!el || !window.echarts) return;
  const d = JSON.parse(el.dataset.chart);
  const series = [];
  if (d.paced) {
    // Stacked areas: red from 0 up to (pace − tolerance), yellow from there up to the pace line.
    series.push({ name: '落后超过容差（红）', type: 'line', stack: 'band', data: d.redBand, symbol: 'none',
      lineStyle: { width: 0 }, itemStyle: { color: 'rgba(198,40,40,0.5)' },
      areaStyle: { color: 'rgba(198,40,40,0.16)' }, silent: true });
    series.push({ name: '落后不超过容差（黄）', type: 'line', stack: 'band', data: d.yellowBand, symbol: 'none',
      lineStyle: { width: 0 }, itemStyle: { color: 'rgba(249,168,37,0.8)' },
      areaStyle: { color: 'rgba(249,168,37,0.28)' }, silent: true });
    series.push({ name: '序时进度', type: 'line', data: d.pace, symbol: 'none',
      lineStyle: { type: 'dashed', color: '#555' }, itemStyle: { color: '#555' } });
  }
  const reports = { name: '上报值', type: 'line', data: d.reports, symbolSize: 8,
    lineStyle: { width: 2, color: '#0b4f9c' }, itemStyle: { color: '#0b4f9c' },
    label: { show: true, position: 'top' } };
  if (d.target != null) {
    reports.markLine = { symbol: 'none', lineStyle: { color: '#9b1c1c', type: 'dashed' },
      label: { formatter: '目标 ' + d.target + ' ' + d.unit }, data: [{ yAxis: d.target }] };
  }
  series.push(reports);
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' },
    tooltip: { trigger: 'axis' },
    legend: { top: 4, data: series.map(s => s.name) },
    grid: { left: 60, right: 40, top: 40, bottom: 40 },
    xAxis: { type: 'time', min: d.start, max: d.deadline || undefined,
      axisLabel: { formatter: '{yyyy}-{MM}-{dd}' } },
    yAxis: { type: 'value', name: d.unit, min: 0 },
    series: series
  });
  window.addEventListener('resize', () => chart.resize());
})();
