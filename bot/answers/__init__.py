"""The answer engine: questions about insider filings -> query spec -> records -> answers.

``bot.answers.engine.answer`` is the entry point. LangChain is imported only on the LLM path
(``bot.answers.llm``, ``bot.answers.retriever``).
"""
