# async syntax is accepted by the parser (compiled, not run)
for src in [
    "async def f():\n    await g()\n    return await h(1) + 2",
    "async def f():\n    async for x in y:\n        pass\n    else:\n        pass",
    "async def f():\n    async with a as b, c:\n        pass",
    "async def f():\n    return [x async for x in y if await x]",
    "async def f():\n    return {k: v async for k, v in y}, (z async for z in w)",
    "async def f():\n    x = await y ** 2\n    await (yield)",
    "@deco\nasync def f(a, /, b=1, *c, d, **e) -> int:\n    pass",
    "class C:\n    async def m(self):\n        await self.n()",
    "async def f():\n    return [await x for x in y]",
]:
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.args[0])
