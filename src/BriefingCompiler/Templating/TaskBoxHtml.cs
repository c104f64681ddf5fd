using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingCompiler.Templating;

/// <summary>
/// A task list item's box (<c>- [ ]</c>, <c>- [x]</c>) as text rather than Markdig's disabled checkbox <c>&lt;input&gt;</c>
/// (a form control: the PDF engine does not draw those). The bundled fonts have no ☐/☑ yet, so an open task is
/// "□" (U+25A1) and a done one "✓" (U+2713), which the template frames with a border to read as a ticked box.
/// </summary>
internal sealed class TaskBoxHtml : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList task) =>
        renderer.Write(task.Checked
            ? "<span class=\"task-box task-done\" role=\"img\" aria-label=\"[x]\">\u2713</span> "
            : "<span class=\"task-box\" role=\"img\" aria-label=\"[ ]\">\u25A1</span> ");
}
