package dev.roadmap.plugins.html.internal;

/** The report's inline stylesheet: system fonts only, light and dark schemes, print-friendly. */
final class Stylesheet {
    static final String CSS = """
            :root { color-scheme: light dark; --fg: #1d2330; --muted: #667085; --bg: #ffffff; --panel: #f5f7fa;
              --line: #d9dee7; --zebra: #f3f5f9; --accent: #0072b2; --today: #d62728; }
            @media (prefers-color-scheme: dark) { :root { --fg: #e6e9ef; --muted: #9aa3b2; --bg: #15181e; --panel: #1e232b;
              --line: #343b47; --zebra: #1b2027; --accent: #56b4e9; } }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
              color: var(--fg); background: var(--bg); }
            header, main, footer { max-width: 1320px; margin: 0 auto; padding: 0 24px; }
            header { padding-top: 20px; }
            h1 { font-size: 26px; margin: 0 0 6px; overflow-wrap: anywhere; }
            h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            .lead { margin: 0 0 8px; color: var(--muted); max-width: 80ch; }
            nav a { color: var(--accent); margin-right: 14px; text-decoration: none; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
            .muted, .note { color: var(--muted); }
            .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 0; }
            .facts div { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
            .facts dt { color: var(--muted); font-size: 12px; }
            .facts dd { margin: 2px 0 0; font-size: 16px; font-weight: 600; }
            .facts div.wide { grid-column: span 2; }
            .facts dd small { display: block; font-size: 11px; font-weight: 400; color: var(--muted); }
            .progress { display: flex; align-items: center; gap: 12px; margin: 6px 0; }
            .progress .what { width: 110px; }
            .meter { flex: 0 0 320px; height: 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
            .meter span { display: block; height: 100%; background: #009e73; }
            .started { columns: 3 260px; margin: 8px 0; padding-left: 18px; }
            h3 { font-size: 14px; margin: 14px 0 4px; }
            details summary { cursor: pointer; margin: 10px 0 4px; font-weight: 600; }
            .legend span { margin-right: 16px; white-space: nowrap; }
            .legend i { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; }
            .scroll { overflow: auto; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); }
            .scroll.tall { max-height: 85vh; }
            svg { display: block; font-family: inherit; }
            .gantt-frame { display: flex; width: max-content; }
            .gantt-labels { position: sticky; left: 0; z-index: 1; background: var(--bg); border-right: 1px solid var(--line); }
            .gantt-labels .zebra { fill: var(--zebra); }
            .gantt-labels .axis { stroke: var(--muted); }
            .gantt-labels .month { font-weight: 600; }
            svg text { fill: var(--fg); font-size: 12px; }
            .gantt .zebra { fill: var(--zebra); }
            .gantt .grid { stroke: var(--line); stroke-width: 0.5; }
            .gantt .grid.month { stroke: var(--muted); stroke-width: 0.8; }
            .gantt .axis { stroke: var(--muted); }
            .gantt .month { font-weight: 600; }
            .gantt .weekno { font-size: 10px; fill: var(--muted); text-anchor: middle; }
            .gantt .span { opacity: 0.28; }
            .gantt .week { opacity: 0.95; }
            .gantt .logged { fill: #222; }
            .gantt .baseline line { stroke: var(--muted); stroke-width: 2; stroke-dasharray: 4 3; }
            .gantt .baseline text { fill: var(--muted); font-size: 11px; text-anchor: middle; }
            .gantt .history rect { fill: #000; opacity: 0.05; }
            .gantt .history text { fill: var(--muted); font-size: 11px; }
            .gantt .today line { stroke: var(--today); stroke-width: 2; }
            .gantt .today text { fill: var(--today); font-size: 11px; font-weight: 600; text-anchor: middle; }
            .dag .edge { fill: none; stroke: var(--muted); stroke-width: 1.1; opacity: 0.75; }
            .dag .arrowhead { fill: var(--muted); }
            .dag .node rect { fill: var(--panel); stroke-width: 1.4; }
            .dag .node rect.stripe { stroke: none; }
            .dag .node.done rect { opacity: 0.55; }
            .dag .node.done text { fill: var(--muted); }
            .dag .node.skipped rect, .dag .node.out rect { stroke-dasharray: 4 3; opacity: 0.5; }
            .dag .node.skipped text, .dag .node.out text { fill: var(--muted); }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
            th { background: var(--panel); position: sticky; top: 0; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            td.dates { white-space: nowrap; color: var(--muted); }
            .h { color: var(--muted); white-space: nowrap; }
            .warning { color: #b54708; }
            footer { color: var(--muted); font-size: 12px; padding: 24px; }
            @media print { .scroll { overflow: visible; border: none; } .scroll.tall { max-height: none; } nav { display: none; } }
            """;

    private Stylesheet() {
    }
}
