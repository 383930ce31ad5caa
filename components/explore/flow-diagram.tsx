import type { FlowLayout } from '@/lib/explore/how-it-decides';

export interface FlowDiagramProps {
  layout: FlowLayout;
  title: string;
  description: string;
  skipLabel: string;
  endLabel: string;
  /** The id of the element holding the text alternative (the list of questions). */
  describedBy: string;
}

/**
 * The questions as a flow diagram: plain SVG rendered on the server (at build time for this static page), no script.
 * It may scroll sideways on a phone; the list of questions it points to says the same in words.
 */
export function FlowDiagram({ layout, title, description, skipLabel, endLabel, describedBy }: FlowDiagramProps) {
  const { boxX, boxWidth, nodes } = layout;
  const centre = boxX + boxWidth / 2;
  const endY = layout.height;
  const height = endY + 50;
  const bypassX = boxX + boxWidth + 30;
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="region" aria-label={description}>
      <svg
        width={layout.width}
        height={height}
        viewBox={`0 0 ${layout.width} ${height}`}
        role="img"
        aria-labelledby="flow-title flow-desc"
        aria-describedby={describedBy}
        className="block"
      >
        <title id="flow-title">{title}</title>
        <desc id="flow-desc">{description}</desc>
        <defs>
          <marker id="flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" fill="#334155" />
          </marker>
        </defs>
        {nodes.map((node, i) => {
          const next = nodes[i + 1];
          const bottom = node.y + node.height;
          const nextTop = next ? next.y : endY;
          const prevBottom = i > 0 ? nodes[i - 1]!.y + nodes[i - 1]!.height : null;
          return (
            <g key={node.id}>
              <rect
                x={boxX}
                y={node.y}
                width={boxWidth}
                height={node.height}
                rx={8}
                fill={node.conditional ? '#fffbeb' : '#f8fafc'}
                stroke={node.conditional ? '#b45309' : '#334155'}
                strokeDasharray={node.conditional ? '6 4' : undefined}
              />
              <text x={boxX + 12} y={node.y + 12} fontSize={14} fill="#0f172a">
                {node.lines.map((line, j) => (
                  <tspan key={j} x={boxX + 12} dy={j === 0 ? 16 : 18}>
                    {line}
                  </tspan>
                ))}
              </text>
              <line x1={centre} y1={bottom} x2={centre} y2={nextTop - 2} stroke="#334155" strokeWidth={1.5} markerEnd="url(#flow-arrow)" />
              {node.conditional && prevBottom !== null && (
                <>
                  <path
                    d={`M${centre} ${prevBottom + 8} H${bypassX} V${bottom + 12} H${centre + 8}`}
                    fill="none"
                    stroke="#b45309"
                    strokeWidth={1.5}
                    strokeDasharray="6 4"
                    markerEnd="url(#flow-arrow)"
                  />
                  <text x={bypassX + 6} y={node.y + node.height / 2 + 5} fontSize={12} fill="#92400e">
                    {skipLabel}
                  </text>
                </>
              )}
            </g>
          );
        })}
        <rect x={boxX + boxWidth / 4} y={endY} width={boxWidth / 2} height={34} rx={17} fill="#1e3a8a" />
        <text x={centre} y={endY + 22} fontSize={14} fill="#ffffff" textAnchor="middle">
          {endLabel}
        </text>
      </svg>
    </div>
  );
}
