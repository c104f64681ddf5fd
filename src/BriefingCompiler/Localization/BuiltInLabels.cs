using System.Collections.Frozen;

namespace BriefingCompiler.Localization;

/// <summary>
/// The labels briefc writes around a briefing's own text, for each built-in language. Chinese follows the
/// founding GAC briefing; the other UN languages use the wording of ICANN and UN documents in those languages.
/// Patterns carry <c>{0}</c>/<c>{1}</c> placeholders (see <see cref="LabelKeys.Placeholders"/>).
/// </summary>
public static class BuiltInLabels
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> ByLanguage =
        new Dictionary<string, FrozenDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string>
            {
                ["objective"] = "Session Objective",
                ["background"] = "Background",
                ["agenda"] = "Agenda",
                ["positions"] = "Current Positions",
                ["references"] = "Key Reference Documents",
                ["document_control"] = "Document Administration",
                ["title"] = "Title",
                ["audience"] = "Distribution",
                ["distribution_date"] = "Distribution Date",
                ["version"] = "Version {0}",
                ["tentative"] = "tentative",
                ["agenda_item"] = "Agenda item {0}",
                ["page"] = "Page {0} of {1}",
                ["draft"] = "DRAFT",
                ["translation_notice"] = "This document is a translation. Original language: {0}.",
                ["session"] = "Session {0}",
                ["contents"] = "Contents",
                ["figure"] = "Figure {0}",
            }.ToFrozenDictionary(),
            ["zh"] = new Dictionary<string, string>
            {
                ["objective"] = "会议目标",
                ["background"] = "背景",
                ["agenda"] = "议程",
                ["positions"] = "当前立场",
                ["references"] = "主要参考文件",
                ["document_control"] = "文件管理",
                ["title"] = "标题",
                ["audience"] = "发布对象",
                ["distribution_date"] = "发布日期",
                ["version"] = "第 {0} 版",
                ["tentative"] = "待定",
                ["agenda_item"] = "议程第 {0} 项",
                ["page"] = "第 {0} 页，共 {1} 页",
                ["draft"] = "草稿",
                ["translation_notice"] = "本文件为译本。原文语言：{0}。",
                ["session"] = "第 {0} 次会议",
                ["contents"] = "目录",
                ["figure"] = "图 {0}",
            }.ToFrozenDictionary(),
            ["fr"] = new Dictionary<string, string>
            {
                ["objective"] = "Objectif de la séance",
                ["background"] = "Contexte",
                ["agenda"] = "Ordre du jour",
                ["positions"] = "Positions actuelles",
                ["references"] = "Principaux documents de référence",
                ["document_control"] = "Gestion du document",
                ["title"] = "Titre",
                ["audience"] = "Diffusion",
                ["distribution_date"] = "Date de diffusion",
                ["version"] = "Version {0}",
                ["tentative"] = "à confirmer",
                ["agenda_item"] = "Point {0} de l’ordre du jour",
                ["page"] = "Page {0} sur {1}",
                ["draft"] = "PROJET",
                ["translation_notice"] = "Ce document est une traduction. Langue originale\u00a0: {0}.",
                ["session"] = "Séance {0}",
                ["contents"] = "Table des matières",
                ["figure"] = "Figure {0}",
            }.ToFrozenDictionary(),
            ["es"] = new Dictionary<string, string>
            {
                ["objective"] = "Objetivo de la sesión",
                ["background"] = "Antecedentes",
                ["agenda"] = "Orden del día",
                ["positions"] = "Posiciones actuales",
                ["references"] = "Documentos de referencia clave",
                ["document_control"] = "Administración del documento",
                ["title"] = "Título",
                ["audience"] = "Distribución",
                ["distribution_date"] = "Fecha de distribución",
                ["version"] = "Versión {0}",
                ["tentative"] = "por confirmar",
                ["agenda_item"] = "Punto {0} del orden del día",
                ["page"] = "Página {0} de {1}",
                ["draft"] = "BORRADOR",
                ["translation_notice"] = "Este documento es una traducción. Idioma original: {0}.",
                ["session"] = "Sesión {0}",
                ["contents"] = "Índice",
                ["figure"] = "Figura {0}",
            }.ToFrozenDictionary(),
            ["ru"] = new Dictionary<string, string>
            {
                ["objective"] = "Цель заседания",
                ["background"] = "Справочная информация",
                ["agenda"] = "Повестка дня",
                ["positions"] = "Текущие позиции",
                ["references"] = "Основные справочные документы",
                ["document_control"] = "Сведения о документе",
                ["title"] = "Название",
                ["audience"] = "Рассылка",
                ["distribution_date"] = "Дата рассылки",
                ["version"] = "Версия {0}",
                ["tentative"] = "предварительно",
                ["agenda_item"] = "Пункт {0} повестки дня",
                ["page"] = "Страница {0} из {1}",
                ["draft"] = "ПРОЕКТ",
                ["translation_notice"] = "Настоящий документ является переводом. Язык оригинала: {0}.",
                ["session"] = "Заседание {0}",
                ["contents"] = "Содержание",
                ["figure"] = "Рисунок {0}",
            }.ToFrozenDictionary(),
            ["ar"] = new Dictionary<string, string>
            {
                ["objective"] = "هدف الجلسة",
                ["background"] = "معلومات أساسية",
                ["agenda"] = "جدول الأعمال",
                ["positions"] = "المواقف الحالية",
                ["references"] = "الوثائق المرجعية الرئيسية",
                ["document_control"] = "إدارة الوثيقة",
                ["title"] = "العنوان",
                ["audience"] = "التوزيع",
                ["distribution_date"] = "تاريخ التوزيع",
                ["version"] = "الإصدار {0}",
                ["tentative"] = "مبدئي",
                ["agenda_item"] = "البند {0} من جدول الأعمال",
                ["page"] = "الصفحة {0} من {1}",
                ["draft"] = "مسودة",
                ["translation_notice"] = "هذه الوثيقة مترجمة. لغة الأصل: {0}.",
                ["session"] = "الجلسة {0}",
                ["contents"] = "المحتويات",
                ["figure"] = "الشكل {0}",
            }.ToFrozenDictionary(),
            // Japanese, Korean and Traditional Chinese: the wording of the ICANN81 briefings written in them
            // (tests/BriefingCompiler.Tests/Fixtures/cjk), which first carried these as their own labels.
            ["ja"] = new Dictionary<string, string>
            {
                ["objective"] = "会合の目的",
                ["background"] = "背景",
                ["agenda"] = "議題",
                ["positions"] = "現在の立場",
                ["references"] = "主要参考文書",
                ["document_control"] = "文書管理",
                ["title"] = "表題",
                ["audience"] = "配布対象",
                ["distribution_date"] = "配布日",
                ["version"] = "第 {0} 版",
                ["tentative"] = "未定",
                ["agenda_item"] = "議題 {0}",
                ["page"] = "{0} / {1} ページ",
                ["draft"] = "草案",
                ["translation_notice"] = "本文書は翻訳である。原文の言語：{0}。",
                ["session"] = "第 {0} 回会合",
                ["contents"] = "目次",
                ["figure"] = "図 {0}",
            }.ToFrozenDictionary(),
            ["ko"] = new Dictionary<string, string>
            {
                ["objective"] = "회의 목적",
                ["background"] = "배경",
                ["agenda"] = "의제",
                ["positions"] = "현재 입장",
                ["references"] = "주요 참고 문서",
                ["document_control"] = "문서 관리",
                ["title"] = "제목",
                ["audience"] = "배포 대상",
                ["distribution_date"] = "배포일",
                ["version"] = "제{0}판",
                ["tentative"] = "미정",
                ["agenda_item"] = "의제 {0}",
                ["page"] = "{0}/{1}쪽",
                ["draft"] = "초안",
                ["translation_notice"] = "이 문서는 번역본이다. 원문 언어: {0}.",
                ["session"] = "제{0}차 회의",
                ["contents"] = "목차",
                ["figure"] = "그림 {0}",
            }.ToFrozenDictionary(),
            ["zh-Hant"] = new Dictionary<string, string>
            {
                ["objective"] = "會議目標",
                ["background"] = "背景",
                ["agenda"] = "議程",
                ["positions"] = "當前立場",
                ["references"] = "主要參考文件",
                ["document_control"] = "文件管理",
                ["title"] = "標題",
                ["audience"] = "發布對象",
                ["distribution_date"] = "發布日期",
                ["version"] = "第 {0} 版",
                ["tentative"] = "待定",
                ["agenda_item"] = "議程第 {0} 項",
                ["page"] = "第 {0} 頁，共 {1} 頁",
                ["draft"] = "草稿",
                ["translation_notice"] = "本文件為譯本。原文語言：{0}。",
                ["session"] = "第 {0} 次會議",
                ["contents"] = "目錄",
                ["figure"] = "圖 {0}",
            }.ToFrozenDictionary(),
        }.ToFrozenDictionary();

    /// <summary>True when <paramref name="language"/> (any BCP 47 tag) has built-in labels.</summary>
    public static bool Has(string language) => ByLanguage.ContainsKey(LabelKeys.LabelLanguage(language));

    /// <summary>The built-in labels for <paramref name="language"/>; languages without their own get English.</summary>
    public static IReadOnlyDictionary<string, string> For(string language) =>
        ByLanguage.TryGetValue(LabelKeys.LabelLanguage(language), out var labels) ? labels : ByLanguage["en"];

    /// <summary>The built-in labels for the document's language with its own <c>labels</c> overrides applied.</summary>
    public static IReadOnlyDictionary<string, string> Resolve(string language, IReadOnlyDictionary<string, string> overrides)
    {
        var resolved = new Dictionary<string, string>(For(language), StringComparer.Ordinal);
        foreach (var (key, value) in overrides)
            resolved[key] = value;
        return resolved;
    }
}
