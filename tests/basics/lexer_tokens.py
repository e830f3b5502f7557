# every operator and delimiter token, with and without surrounding spaces
a=7;b=3
print(a+b,a-b,a*b,a/b,a//b,a%b,a**b,a<<b,a>>b,a&b,a|b,a^b,~a)
print(a<b,a>b,a<=b,a>=b,a==b,a!=b)
x=10
x+=1;x-=2;x*=3;x//=2;x%=7;x**=2;x<<=3;x>>=1;x&=0xff;x|=1;x^=2
print(x)
y=1.0
y/=4
print(y)
class M:
    def __init__(self,v):self.v=v
    def __matmul__(self,o):return M(self.v*o.v)
    def __imatmul__(self,o):self.v+=o.v;return self
m=M(2)@M(3)
m@=M(4)
print(m.v)
print([1,2][0],{1:2}[1],(1,)[0],(lambda:...)())
def f(a:int,*,b:str='x')->str:return b*a
print(f(2),f(b='y',a=3))
print(1 if(x:=5)else 0,x)
print(a if a>b else b,[i for i in range(3)],{i:i for i in'ab'})
print(a.__class__.__name__,"x".join("ab"))
# no spaces needed between these tokens
print(1+-2,3*-1,2**-1,1--1,[~0],-~0,not-1)
print(a>>1<<1,a<b<=b,a!=b==0)
# comments and blank lines between tokens
z = (1 +  # comment inside brackets
     2)   # trailing comment
# comment line
print(z)  # comment after statement
print("#not a comment", '#', """#""")
